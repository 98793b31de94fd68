package dk.jobandel.matching;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs matching for every published role each night (02:30 Danish time by default; set
 * {@code jobandel.matching.nightly-cron} to change it, or to {@code -} to switch it off).
 */
@Component
class NightlyMatching {

    private static final Logger log = LoggerFactory.getLogger(NightlyMatching.class);

    private final MatchingRuns runs;

    NightlyMatching(MatchingRuns runs) {
        this.runs = runs;
    }

    @Scheduled(cron = "${jobandel.matching.nightly-cron:0 30 2 * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "nightly-matching", lockAtMostFor = "PT3H", lockAtLeastFor = "PT5M")
    void run() {
        runs.runAll(MatchingRuns.Trigger.NIGHTLY, null)
                .ifPresentOrElse(
                        run -> log.info(
                                "Nightly matching: {} roles, {} freelancers, {} proposals in {} ms",
                                run.roles(),
                                run.freelancers(),
                                run.proposals(),
                                run.durationMs()),
                        () -> log.info("Nightly matching skipped: another run is under way"));
    }
}
