package dk.jobandel.pools;

import dk.jobandel.shared.core.Decision;
import java.util.Objects;

/** A rule's decision as the module's callers know it: not found, refused with its reason, or changed meanwhile. */
final class Refusals {

    private Refusals() {}

    /**
     * @throws PoolNotFound when the decision hides the thing
     * @throws PoolRefused when it refuses
     * @throws PoolChanged when the thing moved on
     */
    static void require(Decision decision, long id) {
        switch (decision.kind()) {
            case ALLOWED -> {}
            case HIDDEN -> throw new PoolNotFound(id);
            case REFUSED -> throw new PoolRefused(Objects.requireNonNull(decision.code()));
            case CHANGED -> throw new PoolChanged(id);
        }
    }

    /** @throws PoolChanged when the store did not save the change (its version moved on) */
    static void changedUnless(boolean stored, long id) {
        require(stored ? Decision.ALLOWED : Decision.CHANGED, id);
    }
}
