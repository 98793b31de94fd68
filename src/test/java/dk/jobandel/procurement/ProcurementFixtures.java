package dk.jobandel.procurement;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.Sessions;
import java.util.Locale;

/** Organisations of each kind, registered through the members module's public API and signed in. */
final class ProcurementFixtures {

    private ProcurementFixtures() {}

    static Sessions.Cooperative organisation(
            Sessions sessions,
            MemberRegistration registration,
            Organisations organisations,
            String name,
            OrganisationKind kind,
            int municipality,
            boolean verified)
            throws Exception {
        String email = Sessions.uniqueEmail("staff");
        OrganisationType type = switch (kind) {
            case MUNICIPALITY -> OrganisationType.MUNICIPALITY;
            case SOCIAL_ECONOMY_ENTERPRISE -> OrganisationType.SOCIAL_ECONOMY_ENTERPRISE;
            default -> OrganisationType.OTHER_COOPERATIVE;
        };
        long id = registration.registerCooperative(
                new NewOrganisation(name, Sessions.uniqueCvr(), type, kind, (short) municipality),
                new NewPerson("Staff of " + name, email, Sessions.PASSWORD, Locale.of("da")));
        if (verified) {
            organisations.verify(id);
        }
        long account = organisations.byId(id).getStaffAccountIds().iterator().next();
        return new Sessions.Cooperative(id, new Sessions.Member(account, email, sessions.login(email)));
    }
}
