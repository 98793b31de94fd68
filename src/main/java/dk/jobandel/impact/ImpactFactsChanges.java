package dk.jobandel.impact;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the changes this node makes to what the kept impact facts hold of this module's own data (consents given,
 * changed, withdrawn or erased), so that {@link ImpactFacts} drops kept facts at once instead of after their maximum
 * age: a withdrawn consent leaves the figures with the next page.
 */
@Component
class ImpactFactsChanges {

    private final AtomicLong changes = new AtomicLong();

    long current() {
        return changes.get();
    }

    /** Counts a change when the current transaction commits (at once outside one). */
    void changed() {
        changes.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changes.incrementAndGet();
                }
            });
        }
    }
}
