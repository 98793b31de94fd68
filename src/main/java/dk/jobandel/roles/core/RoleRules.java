package dk.jobandel.roles.core;

import dk.jobandel.roles.RoleStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a cooperative may do with its roles, in plain Java: facts in, a refusal's message code out (empty when
 * allowed). The façade {@link dk.jobandel.roles.SharedRoles} loads the facts and stores what is allowed.
 */
public final class RoleRules {

    /** Why publishing was refused when the advisor found terms that must be fixed first. */
    public static final String TERMS_REFUSED = "advisor.findings.blocked";

    private RoleRules() {}

    /** A new role (or a copy) needs room in the organisation's quota of open roles (drafts and published ones). */
    public static Optional<String> create(int openRoles, int openRolesQuota) {
        return openRoles >= openRolesQuota ? Optional.of("role.limit.open") : Optional.empty();
    }

    /**
     * Publishing needs a verified organisation, a schedule, and terms without blocking findings, checked in this
     * order; other moves are checked by the status itself.
     */
    public static Optional<String> publish(boolean organisationVerified, boolean hasSchedule, boolean termsBlocked) {
        if (!organisationVerified) {
            return Optional.of("role.publish.notVerified");
        }
        if (!hasSchedule) {
            return Optional.of("role.publish.noSchedule");
        }
        return termsBlocked ? Optional.of(TERMS_REFUSED) : Optional.empty();
    }

    /** Changes go into a role's history once it has left the draft. */
    public static boolean keepsHistory(RoleStatus status) {
        return status != RoleStatus.DRAFT;
    }

    /** An agreement that covers a role fills it only while it is published; any other status stays. */
    public static boolean filledByAgreement(RoleStatus status) {
        return status == RoleStatus.PUBLISHED;
    }

    /** The fields whose text differs after a change, in the order of {@code after}. */
    public static List<String> changedFields(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changed.add(field);
            }
        });
        return changed;
    }
}
