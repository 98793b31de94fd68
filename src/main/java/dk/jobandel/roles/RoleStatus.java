package dk.jobandel.roles;

import java.util.Map;
import java.util.Set;

/** Draft → published → filled → closed, and reopened (back to published) from filled or closed. */
public enum RoleStatus {
    DRAFT,
    PUBLISHED,
    FILLED,
    CLOSED;

    private static final Map<RoleStatus, Set<RoleStatus>> NEXT = Map.of(
            DRAFT, Set.of(PUBLISHED, CLOSED),
            PUBLISHED, Set.of(FILLED, CLOSED),
            FILLED, Set.of(PUBLISHED, CLOSED),
            CLOSED, Set.of(PUBLISHED));

    public boolean canMoveTo(RoleStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The moves offered from this status, in the order pages show them. */
    public Set<RoleStatus> next() {
        return NEXT.get(this);
    }
}
