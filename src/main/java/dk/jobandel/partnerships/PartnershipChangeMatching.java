package dk.jobandel.partnerships;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Refreshes the stored best SØVs of the needs a change affects, a moment after a need, a SØV's profile, an RSV check or
 * a partnership is saved: the same pattern as roles and freelancers re-matching after changes. Changes are collected
 * after their transaction commits and handled together every couple of seconds ({@code
 * jobandel.matching.change-delay}); a round that fails puts its changes back for the next one. The first round after
 * start refreshes every open need.
 */
@Component
class PartnershipChangeMatching {

    private static final Logger log = LoggerFactory.getLogger(PartnershipChangeMatching.class);

    private final BestSovs best;
    private final Set<Long> needs = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean everyNeed = new AtomicBoolean(true);

    PartnershipChangeMatching(BestSovs best) {
        this.best = best;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PartnershipMatchInputChanged event) {
        if (event.needId() == null) {
            everyNeed.set(true);
        } else {
            needs.add(event.needId());
        }
    }

    boolean pending() {
        return everyNeed.get() || !needs.isEmpty();
    }

    /** Refreshes what changed since the last round. */
    @Scheduled(
            fixedDelayString = "${jobandel.matching.change-delay:2000}",
            initialDelayString = "${jobandel.matching.change-delay:2000}")
    @SchedulerLock(name = "partnership-change-matching", lockAtMostFor = "PT10M")
    void matchChanges() {
        if (!pending()) {
            return;
        }
        boolean all = everyNeed.getAndSet(false);
        Set<Long> ids = Set.copyOf(needs);
        needs.removeAll(ids);
        try {
            int refreshed = all ? best.refreshAll() : best.refresh(ids);
            log.debug("Refreshed the best SØVs of {} needs after changes", refreshed);
        } catch (RuntimeException failure) {
            log.error("Refreshing the best SØVs after changes failed", failure);
            if (all) {
                everyNeed.set(true);
            }
            needs.addAll(ids);
        }
    }
}
