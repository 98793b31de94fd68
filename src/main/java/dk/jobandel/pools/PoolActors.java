package dk.jobandel.pools;

import dk.jobandel.members.MemberLookups;
import dk.jobandel.pools.core.Actor;
import org.springframework.stereotype.Component;

/** Who acts, through the members module's API: one statement. */
@Component
class PoolActors {

    private final MemberLookups members;

    PoolActors(MemberLookups members) {
        this.members = members;
    }

    Actor of(long accountId) {
        MemberLookups.Acting acting = members.acting(accountId);
        return new Actor(accountId, acting.organisationId(), acting.organisationVerified(), acting.consultant());
    }
}
