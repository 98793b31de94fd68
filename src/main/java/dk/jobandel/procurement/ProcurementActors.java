package dk.jobandel.procurement;

import dk.jobandel.members.Organisations;
import dk.jobandel.members.VerificationStatus;
import dk.jobandel.platform.SignedInMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is acting, through the members module's public API. */
@Service
public class ProcurementActors {

    private final Organisations organisations;

    ProcurementActors(Organisations organisations) {
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public Actor of(SignedInMember member) {
        boolean consultant = member.hasRole("CONSULTANT") || member.hasRole("ADMIN");
        return organisations
                .ofStaffMember(member.accountId())
                .map(o -> new Actor(
                        member.accountId(),
                        consultant,
                        o.getId(),
                        o.getKind(),
                        o.getVerificationStatus() == VerificationStatus.VERIFIED))
                .orElseGet(() -> new Actor(member.accountId(), consultant, null, null, false));
    }
}
