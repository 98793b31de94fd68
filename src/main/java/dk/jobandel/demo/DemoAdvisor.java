package dk.jobandel.demo;

import dk.jobandel.advisor.core.Terms;
import dk.jobandel.members.Actor;
import dk.jobandel.members.Cvr;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.VerificationStatus;
import dk.jobandel.partnerships.SecureEmploymentCourses;
import dk.jobandel.roles.PayKind;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.RoleDetails;
import dk.jobandel.roles.RoleStatus;
import dk.jobandel.roles.RoleTerms;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.roles.WorkMode;
import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Secure terms for the advisor's demo: Grøn Omstilling Kooperativ states its collective agreement, full-timers' terms
 * and membership on every role (a strong score), and Kulturhuset Tværs drafts a role with no pension, no agreement,
 * no holiday stated and a lopsided split next to its uneven published role (a weak score, with steps to improve), and
 * has asked for a secure-shared-employment guidance course, which waits in the consultants' intake queue.
 */
@Component
@Profile("demo")
@Order(30)
class DemoAdvisor implements ApplicationRunner {

    static final String STRONG_CVR = "69083013";
    static final String WEAK_CVR = "72819489";
    static final String WEAK_DRAFT = "Café-medhjælper i weekenden";
    static final String WEAK_REQUEST =
            "Vi vil gerne dele en caféleder og en bogholder med to andre kulturhuse. Hvordan gør vi det trygt for dem?";

    private final SharedRoles roles;
    private final MemberDirectory directory;
    private final Organisations organisations;
    private final SecureEmploymentCourses secureCourses;

    DemoAdvisor(
            SharedRoles roles,
            MemberDirectory directory,
            Organisations organisations,
            SecureEmploymentCourses secureCourses) {
        this.roles = roles;
        this.directory = directory;
        this.organisations = organisations;
        this.secureCourses = secureCourses;
    }

    /** After the roles (DemoData) and the impact history's roles (DemoImpact), so every active role is stated. */
    @Override
    public void run(ApplicationArguments args) {
        create(staff(STRONG_CVR), staff(WEAK_CVR));
        askForAdvice(staff(WEAK_CVR));
    }

    /** The weak cooperative asks for a secure-employment course once; asking again finds the running one. */
    long askForAdvice(long weakStaff) {
        var organisation = organisations.byCvr(new Cvr(WEAK_CVR)).orElseThrow();
        return secureCourses.request(
                new Actor(
                        weakStaff,
                        false,
                        organisation.getId(),
                        OrganisationKind.COOPERATIVE,
                        organisation.getVerificationStatus() == VerificationStatus.VERIFIED),
                WEAK_REQUEST);
    }

    private long staff(String cvr) {
        return DemoData.COOPERATIVES.stream()
                .filter(c -> c.cvr().equals(cvr))
                .map(c -> directory.accountIdOf(c.staffEmail()).orElseThrow())
                .findFirst()
                .orElseThrow();
    }

    int create(long strongStaff, long weakStaff) {
        int changed = 0;
        for (Role role : roles.ownRoles(strongStaff)) {
            RoleDetails d = role.details();
            if (d.terms().agreementName() != null || role.status() == RoleStatus.CLOSED) {
                continue;
            }
            RoleTerms terms = new RoleTerms(
                    "Overenskomst for kooperativer (demo)",
                    d.payFrom(),
                    new BigDecimal("12"),
                    d.terms().holiday(),
                    false,
                    d.payFrom(),
                    d.pensionPercent(),
                    true);
            roles.update(strongStaff, role.id(), role.version(), withTerms(d, terms));
            changed++;
        }
        boolean drafted = roles.ownRoles(weakStaff).stream()
                .anyMatch(r -> r.details().title().equals(WEAK_DRAFT));
        if (!drafted) {
            WeekGrid weekend = WeekGrid.parse("lør 09:00–17:00, søn 09:00–15:00");
            roles.create(
                    weakStaff,
                    new RoleDetails(
                            WEAK_DRAFT,
                            "Kaffe, kage og kasse i caféen lørdag og søndag.",
                            weekend,
                            2,
                            0,
                            List.of(80, 20),
                            (short) 265,
                            WorkMode.ON_SITE,
                            LocalDate.of(2027, 2, 6),
                            null,
                            PayKind.HOURLY,
                            new BigDecimal("135"),
                            null,
                            BigDecimal.ZERO,
                            false,
                            false,
                            List.of(),
                            new RoleTerms(null, null, null, Terms.Holiday.NOT_STATED, false, null, null, false)));
            changed++;
        }
        return changed;
    }

    private static RoleDetails withTerms(RoleDetails d, RoleTerms terms) {
        return new RoleDetails(
                d.title(),
                d.description(),
                d.schedule(),
                d.sharers(),
                d.handoverMinutes(),
                d.splitPercents(),
                d.municipalityCode(),
                d.workMode(),
                d.startDate(),
                d.endDate(),
                d.payKind(),
                d.payFrom(),
                d.payTo(),
                d.pensionPercent(),
                d.collectiveAgreement(),
                d.openToFlexjob(),
                d.skills(),
                terms);
    }
}
