package dk.jobandel.matching.core;

import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.PreparedRole;
import dk.jobandel.matching.engine.RoleSnapshot;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which published roles a change affects: the roles named, the roles a changed person is already proposed for (unreviewed
 * proposals), and every published role a changed person is now eligible for. A person no longer matchable affects only
 * the roles they were proposed for.
 */
public final class AffectedRoles {

    private AffectedRoles() {}

    /**
     * The affected roles among the published ones, in their order.
     *
     * @param named the roles a change names
     * @param changed the people a change names
     * @param proposedFor the roles with unreviewed proposals naming one of {@code changed}
     */
    public static List<RoleSnapshot> of(
            List<RoleSnapshot> published,
            MatchingData data,
            Set<Long> named,
            Set<Long> changed,
            Collection<Long> proposedFor) {
        Set<Long> roleIds = new LinkedHashSet<>(named);
        if (!changed.isEmpty()) {
            roleIds.addAll(proposedFor);
            int[] indexes = changed.stream()
                    .mapToInt(data::indexOf)
                    .filter(index -> index >= 0) // no longer matchable: only the roles they were proposed for
                    .toArray();
            for (RoleSnapshot role : published) {
                if (roleIds.contains(role.id()) || indexes.length == 0) {
                    continue;
                }
                PreparedRole prepared = PreparedRole.of(role, data); // once per role, not per changed person
                for (int index : indexes) {
                    if (MatchingEngine.scoreOnly(prepared, index) != MatchingEngine.INELIGIBLE) {
                        roleIds.add(role.id());
                        break;
                    }
                }
            }
        }
        return published.stream().filter(role -> roleIds.contains(role.id())).toList();
    }
}
