package dk.jobandel.partnerships;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.Sessions;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** SØVs and firms for tests, signed in through the real login form. */
final class PartnershipFixtures {

    private PartnershipFixtures() {}

    static Sessions.Cooperative organisation(
            Sessions sessions,
            MemberRegistration registration,
            Organisations organisations,
            String name,
            OrganisationKind kind,
            int municipality)
            throws Exception {
        String email = Sessions.uniqueEmail("staff");
        long id = registration.registerCooperative(
                new NewOrganisation(
                        name,
                        Sessions.uniqueCvr(),
                        kind == OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE
                                ? OrganisationType.SOCIAL_ECONOMY_ENTERPRISE
                                : OrganisationType.OTHER_COOPERATIVE,
                        kind,
                        (short) municipality),
                new NewPerson("Staff of " + name, email, Sessions.PASSWORD, Locale.of("da")));
        organisations.verify(id);
        long account = organisations.byId(id).getStaffAccountIds().iterator().next();
        return new Sessions.Cooperative(id, new Sessions.Member(account, email, sessions.login(email)));
    }

    static Actor actor(Sessions.Cooperative organisation, OrganisationKind kind) {
        return new Actor(organisation.staff().accountId(), false, organisation.organisationId(), kind, true);
    }

    static Actor consultant(Sessions.Member consultant) {
        return new Actor(consultant.accountId(), true, null, null, false);
    }

    static SovProfile cleaningInAarhus(int hours) {
        return new SovProfile(
                EnumSet.of(ServiceKind.CLEANING, ServiceKind.GARDENING),
                Set.of((short) 751),
                Set.of(),
                hours,
                6,
                EnumSet.of(TargetGroup.LONG_TERM_UNEMPLOYED),
                "Vi gør rent med rummelighed.",
                "Aarhus Kommune",
                true);
    }

    static NeedDetails cleaningNeed(String title, int hours) {
        return new NeedDetails(
                title,
                PartnershipModel.SUBCONTRACTING,
                ServiceKind.CLEANING,
                hours,
                null,
                (short) 751,
                LocalDate.of(2027, 2, 1),
                2,
                EnumSet.of(TargetGroup.LONG_TERM_UNEMPLOYED),
                "Kontorer på 2.000 m².");
    }
}
