package dk.jobandel.members;

import dk.jobandel.audit.ActorNames;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Gives the audit trail the names of the members who acted. */
@Component
class AuditActorNames implements ActorNames {

    private final MemberLookups lookups;

    AuditActorNames(MemberLookups lookups) {
        this.lookups = lookups;
    }

    @Override
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        return lookups.displayNames(accountIds);
    }
}
