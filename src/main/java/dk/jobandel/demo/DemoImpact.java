package dk.jobandel.demo;

import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.Creation;
import dk.jobandel.agreements.NewAgreement;
import dk.jobandel.impact.ImpactConsents;
import dk.jobandel.impact.core.Gender;
import dk.jobandel.impact.core.Situation;
import dk.jobandel.impact.core.StatedProfile;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.platform.SupportedLanguages;
import dk.jobandel.roles.PayKind;
import dk.jobandel.roles.RoleDetails;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.roles.WorkMode;
import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * People who came through Jobandel before today, so that the impact pages show meaningful figures on the first run:
 * seventy-two people in job shares at the verified demo cooperatives that started over the last sixteen months, most
 * still running, some ended before three months, some after five, a few at seven hours a week (not secure work), and
 * most of them consenting to impact statistics with what they stated. Their roles are drafts ("earlier course"), so
 * matching never proposes anybody for them, and the people have no availability, so matching leaves them alone.
 * Their dates are relative to today, so the figures stay alive. No pool agreements: the demo pool's needs stay open
 * for the pool matching demo.
 */
@Component
@Profile("demo")
@Order(20)
class DemoImpact implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoImpact.class);
    static final int PEOPLE = 72;

    private static final List<String> FIRST = List.of(
            "Ida", "Mikkel", "Sara", "Ali", "Freja", "Lars", "Nadia", "Emil", "Zainab", "Kasper", "Maja", "Omar",
            "Line", "Tobias", "Yasmin", "Rasmus", "Clara", "Hamid");
    private static final List<String> LAST =
            List.of("Mortensen", "Poulsen", "Hussein", "Kristiansen", "Larsen", "Jakobsen", "Ahmadi", "Thomsen");

    private final MemberRegistration registration;
    private final MemberDirectory directory;
    private final SharedRoles roles;
    private final Agreements agreements;
    private final ImpactConsents consents;
    private final Clock clock;
    private final String password;

    DemoImpact(
            MemberRegistration registration,
            MemberDirectory directory,
            SharedRoles roles,
            Agreements agreements,
            ImpactConsents consents,
            Clock clock,
            @Value("${jobandel.demo.password}") String password) {
        this.registration = registration;
        this.directory = directory;
        this.roles = roles;
        this.agreements = agreements;
        this.consents = consents;
        this.clock = clock;
        this.password = password;
    }

    static String name(int i) {
        return FIRST.get(i % FIRST.size()) + " " + LAST.get((i / FIRST.size() + i) % LAST.size());
    }

    static String email(int i) {
        return "deltager" + (i + 1) + "@demo.jobandel.dk";
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.accountIdOf(email(0)).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Copenhagen")));
        List<DemoData.DemoCooperative> cooperatives = DemoData.COOPERATIVES.stream()
                .filter(DemoData.DemoCooperative::verified)
                .toList();
        List<Long> roleIds = new ArrayList<>();
        List<Long> staffIds = new ArrayList<>();
        for (DemoData.DemoCooperative c : cooperatives) {
            long staff = directory.accountIdOf(c.staffEmail()).orElseThrow();
            staffIds.add(staff);
            roleIds.add(roles.create(staff, role(c, today)));
        }
        int made = 0;
        for (int i = 0; i < PEOPLE; i++) {
            long person = registration.registerFreelancer(
                    new NewPerson(name(i), email(i), password, SupportedLanguages.DANISH));
            int c = (i * 5) % cooperatives.size();
            LocalDate start = today.minusMonths(1 + (i * 7) % 16).minusDays(i % 20);
            int hours = i % 9 == 0 ? 7 : List.of(8, 12, 18, 24).get(i % 4);
            LocalDate end = null;
            if (i % 7 == 3 && start.plusDays(40).isBefore(today)) {
                end = start.plusDays(40);
            } else if (i % 11 == 5 && start.plusMonths(5).isBefore(today)) {
                end = start.plusMonths(5);
            }
            var created = agreements.create(new NewAgreement(
                    roleIds.get(c),
                    null,
                    start,
                    end,
                    List.of(new NewAgreement.Party(person, week(hours))),
                    staffIds.get(c)));
            if (created instanceof Creation.Created) {
                made++;
            }
            if (i % 5 != 4) {
                consents.give(person, stated(i), null);
            }
        }
        log.info("Demo impact ready: {} earlier agreements of {} people", made, PEOPLE);
    }

    private static StatedProfile stated(int i) {
        Gender gender = i % 13 == 0 ? Gender.OTHER : i % 2 == 0 ? Gender.WOMAN : Gender.MAN;
        return new StatedProfile(gender, 1962 + (i * 7) % 42, Situation.values()[i % Situation.values().length]);
    }

    /** {@code hours} a week from 08:00 on the first weekdays: 7 = Monday; 8 = two days of 4; 12, 18, 24 likewise. */
    static WeekGrid week(int hours) {
        return switch (hours) {
            case 7 -> WeekGrid.daily(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(15, 0));
            case 8 ->
                WeekGrid.daily(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), LocalTime.of(8, 0), LocalTime.of(12, 0));
            case 12 ->
                WeekGrid.daily(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(8, 0), LocalTime.of(12, 0));
            case 18 ->
                WeekGrid.daily(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(8, 0), LocalTime.of(14, 0));
            default ->
                WeekGrid.daily(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(8, 0), LocalTime.of(14, 0));
        };
    }

    private static RoleDetails role(DemoData.DemoCooperative c, LocalDate today) {
        return new RoleDetails(
                "Jobdeling, tidligere forløb",
                "Stillinger fra Jobandels første forløb: jobdelinger, der begyndte før i dag.",
                WeekGrid.daily(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(16, 0)),
                2,
                30,
                null,
                (short) c.municipality(),
                WorkMode.ON_SITE,
                today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)),
                null,
                PayKind.HOURLY,
                new BigDecimal(165 + (c.municipality() % 5) * 10),
                null,
                new BigDecimal(c.municipality() % 2 == 0 ? "12" : "10"),
                true,
                false,
                List.of());
    }
}
