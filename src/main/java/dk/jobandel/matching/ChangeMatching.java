package dk.jobandel.matching;

import dk.jobandel.freelancers.FreelancerProfileUpdated;
import dk.jobandel.roles.RoleUpdated;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-runs matching for the roles a change affects, a moment after a profile or role is saved. Changes
 * are collected after their transaction commits and handled together every couple of seconds
 * ({@code jobandel.matching.change-delay}, in milliseconds), so that someone saving five parts of their
 * profile in a row causes one run, not five. While another run works, the changes wait for the next
 * round: nothing is lost. A run that fails is recorded and left to the nightly run.
 */
@Component
class ChangeMatching {

    private static final Logger log = LoggerFactory.getLogger(ChangeMatching.class);

    private final MatchingRuns runs;
    private final Set<Long> roles = ConcurrentHashMap.newKeySet();
    private final Set<Long> freelancers = ConcurrentHashMap.newKeySet();

    ChangeMatching(MatchingRuns runs) {
        this.runs = runs;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FreelancerProfileUpdated event) {
        freelancers.add(event.accountId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RoleUpdated event) {
        roles.add(event.roleId());
    }

    /** Whether changes wait to be matched. */
    boolean pending() {
        return !roles.isEmpty() || !freelancers.isEmpty();
    }

    /** Runs matching for what changed since the last round, unless another run is under way. */
    @Scheduled(
            fixedDelayString = "${jobandel.matching.change-delay:2000}",
            initialDelayString = "${jobandel.matching.change-delay:2000}")
    @SchedulerLock(name = "change-matching", lockAtMostFor = "PT30M")
    void matchChanges() {
        if (!pending()) {
            return;
        }
        Set<Long> roleIds = Set.copyOf(roles);
        Set<Long> freelancerIds = Set.copyOf(freelancers);
        roles.removeAll(roleIds);
        freelancers.removeAll(freelancerIds);
        var scope = new MatchingRuns.Scope.Affected(roleIds, freelancerIds);
        try {
            runs.run(MatchingRuns.Trigger.CHANGE, null, scope)
                    .ifPresentOrElse(
                            run -> log.debug("Matched {} roles after changes", run.rolesTotal()), () -> requeue(scope));
        } catch (RuntimeException failure) {
            // recorded as a failed run (when the database is there to record it); the changes wait for the next
            // round, so a database that went away loses none of them
            log.error("Matching after changes failed", failure);
            requeue(scope);
        }
    }

    private void requeue(MatchingRuns.Scope.Affected scope) {
        roles.addAll(scope.roleIds());
        freelancers.addAll(scope.freelancerIds());
    }
}
