package dk.jobandel.pools;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Pools, needs and freelancers who want pool work, for tests. */
public final class PoolFixtures {

    private PoolFixtures() {}

    public static PoolDetails details(String name) {
        return new PoolDetails(name, "Vi deler folk", (short) 751, new BigDecimal("8.00"), 30, new BigDecimal("4"));
    }

    /** A need on one day, on site in Aarhus, from this Monday on. */
    public static NeedDetails need(String title, DayOfWeek day, int fromHour, int toHour, String hours) {
        return new NeedDetails(
                title,
                WeekGrid.range(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0)),
                new BigDecimal(hours),
                false,
                (short) 751,
                LocalDate.now().minusWeeks(1),
                null,
                List.of());
    }

    /** Makes the freelancer want pool work, between these hours a week. */
    public static void wantsPoolWork(FreelancerProfiles profiles, long accountId, String name, int min, int max) {
        Profile profile = profiles.profileOf(accountId);
        profiles.changeBasics(
                accountId,
                profile.version(),
                name,
                new Profile.Basics(
                        (short) 751,
                        30,
                        true,
                        false,
                        false,
                        min,
                        max,
                        LocalDate.of(2026, 12, 1),
                        null,
                        List.of("da"),
                        false,
                        true));
    }
}
