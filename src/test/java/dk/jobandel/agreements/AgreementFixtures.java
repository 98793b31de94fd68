package dk.jobandel.agreements;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationProfile;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.roles.PayKind;
import dk.jobandel.roles.RoleDetails;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.roles.WorkMode;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.Sessions;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Cooperatives, roles and freelancers made through the modules' public APIs, for agreement tests. */
public final class AgreementFixtures {

    private final MemberRegistration registration;
    private final Organisations organisations;
    private final SharedRoles roles;

    public AgreementFixtures(MemberRegistration registration, Organisations organisations, SharedRoles roles) {
        this.registration = registration;
        this.organisations = organisations;
        this.roles = roles;
    }

    /** A cooperative with a collective agreement, its first staff member's account and e-mail. */
    public record Cooperative(long organisationId, long staffId, String staffEmail) {}

    public Cooperative cooperative(String name) {
        String email = Sessions.uniqueEmail("staff");
        long organisationId = registration.registerCooperative(
                new NewOrganisation(name, Sessions.uniqueCvr(), OrganisationType.WORKER_COOPERATIVE, (short) 101),
                new NewPerson("Staff of " + name, email, Sessions.PASSWORD, Locale.of("da")));
        organisations.verify(organisationId);
        long staffId = organisations
                .byId(organisationId)
                .getStaffAccountIds()
                .iterator()
                .next();
        var organisation = organisations.byId(organisationId);
        var profile = organisation.profile();
        organisations.changeProfile(
                staffId,
                organisation.getVersion(),
                new OrganisationProfile(
                        profile.name(),
                        profile.type(),
                        profile.municipalityCode(),
                        "Nørregade 1",
                        "Kantine",
                        "",
                        true,
                        "Overenskomst for kantiner (HK/3F)"));
        return new Cooperative(organisationId, staffId, email);
    }

    /** A two-person role on weekdays 08:00–16:00 at 185,50 kr. an hour with 12 % pension. */
    public long role(Cooperative cooperative, String title) {
        WeekGrid schedule = WeekGrid.daily(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(16, 0));
        return roles.create(
                cooperative.staffId(),
                new RoleDetails(
                        title,
                        "Frokost til 80 gæster.",
                        schedule,
                        2,
                        30,
                        null,
                        (short) 751,
                        WorkMode.ON_SITE,
                        nextMonday(),
                        null,
                        PayKind.HOURLY,
                        new BigDecimal("185.50"),
                        null,
                        new BigDecimal("12"),
                        true,
                        true,
                        List.of()));
    }

    /** A freelancer's account id; the e-mail is {@code email}, the password {@link Sessions#PASSWORD}. */
    public long freelancer(String name, String email) {
        return registration.registerFreelancer(new NewPerson(name, email, Sessions.PASSWORD, Locale.of("da")));
    }

    public long freelancer(String name) {
        return freelancer(name, Sessions.uniqueEmail("freelancer"));
    }

    public static LocalDate nextMonday() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    public static WeekGrid week(String text) {
        return WeekGrid.parse(text);
    }
}
