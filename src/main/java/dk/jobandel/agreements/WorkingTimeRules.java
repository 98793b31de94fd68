package dk.jobandel.agreements;

import dk.jobandel.shared.WeekGrid;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The Danish working-time rules, checked across everything a person has agreed to: small pure functions with no
 * Spring or database, so they are tested with examples and seeded property loops.
 *
 * <p>A person's week is a {@link WeekGrid} of Danish wall-clock half-hours that repeats every week of an agreement's
 * dates. The rules, as this class decides them:
 *
 * <ul>
 *   <li><b>Weekly hours</b> ({@link Rule#WEEKLY_HOURS}): at most {@value #MAX_WEEKLY_HALF_HOURS} half-hours (48 hours)
 *       a week. The law limits the <em>average</em> over a reference period; with a schedule that is the same every
 *       week the average is the weekly total, so the total is what is checked.
 *   <li><b>Daily rest</b> ({@link Rule#DAILY_REST}): at least 11 consecutive hours off within every period of 24
 *       hours. The 24 hours are counted from the moment work begins after a break, as the Danish guidance counts the
 *       day: for every half-hour at which work begins, the 24 hours from then must hold a run of at least
 *       {@value #DAILY_REST_HALF_HOURS} free half-hours. So a working day, breaks shorter than 11 hours included,
 *       spans at most 13 hours. Counting from every moment instead would refuse a plain 08:00–21:00 day with its 11
 *       hours off from 21:00 to 08:00, which the rule allows. The week wraps: Sunday night runs into Monday
 *       morning.
 *   <li><b>Weekly rest</b> ({@link Rule#WEEKLY_REST}): one rest day of 24 hours each week, which in Danish law lies
 *       right next to a daily rest of 11 hours, so the week (again wrapping from Sunday into Monday) must hold a run
 *       of at least {@value #WEEKLY_REST_HALF_HOURS} free half-hours: 35 hours off in one piece.
 * </ul>
 *
 * <p>Agreements start and end on different dates, so {@link #check} splits the new agreement's dates into stretches
 * in which the same agreements apply, and checks the weekly rules on each stretch's combined week (a stretch shorter
 * than a week is checked as if it lasted a whole week: on the safe side). Daily rest is checked on the actual
 * calendar from the day before the new agreement starts to the day after it ends, so the night between one
 * agreement's last day and another's first day counts too. Clock changes for summer time are ignored: a grid is
 * wall-clock time.
 */
public final class WorkingTimeRules {

    /** 48 hours. */
    public static final int MAX_WEEKLY_HALF_HOURS = 96;
    /** 11 hours. */
    public static final int DAILY_REST_HALF_HOURS = 22;
    /** 24 hours plus the 11-hour daily rest next to it. */
    public static final int WEEKLY_REST_HALF_HOURS = 70;

    private static final int DAY = WeekGrid.SLOTS_PER_DAY;
    private static final int WINDOW = DAY;
    /** An open-ended stretch is laid out for three weeks: every window of its pattern then lies inside it. */
    private static final int OPEN_DAYS = 21;

    private WorkingTimeRules() {}

    /** Which rule a schedule breaks. */
    public enum Rule {
        WEEKLY_HOURS,
        DAILY_REST,
        WEEKLY_REST
    }

    /**
     * A weekly schedule for a period: the slots every week from {@code start} up to and including {@code end}, or for
     * good when {@code end} is {@code null}.
     */
    public record Commitment(LocalDate start, @Nullable LocalDate end, WeekGrid slots) {

        public Commitment {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(slots, "slots");
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("A commitment ends (" + end + ") before it starts (" + start + ")");
            }
        }

        boolean activeOn(LocalDate date) {
            return !date.isBefore(start) && (end == null || !date.isAfter(end));
        }

        /** The first day after the commitment, or {@code null}. */
        @Nullable
        LocalDate after() {
            return end == null ? null : end.plusDays(1);
        }
    }

    /**
     * A broken rule: which, from when (the first day of the stretch, or the moment the 24 hours without enough rest
     * begin), and the weekly hours of the combined week there.
     */
    public record Violation(Rule rule, LocalDateTime from, double weeklyHours) {}

    /**
     * Whether the person may take on {@code proposed} next to what they have agreed already. Commitments in
     * {@code existing} that do not touch the proposed dates (give or take a day) do not matter. The first broken
     * rule is returned: weekly hours, then daily rest, then weekly rest.
     */
    public static Optional<Violation> check(Commitment proposed, Collection<Commitment> existing) {
        List<Commitment> relevant = existing.stream()
                .filter(e -> overlaps(e, proposed.start().minusDays(1), after(proposed.end(), 2)))
                .toList();
        List<Stretch> stretches = stretches(proposed, relevant);
        for (Stretch stretch : stretches) {
            if (!withinWeeklyHours(stretch.week())) {
                return Optional.of(violation(Rule.WEEKLY_HOURS, stretch.from().atStartOfDay(), stretch.week()));
            }
        }
        Optional<Violation> daily = dailyRest(proposed, relevant);
        if (daily.isPresent()) {
            return daily;
        }
        for (Stretch stretch : stretches) {
            if (!hasWeeklyRest(stretch.week())) {
                return Optional.of(violation(Rule.WEEKLY_REST, stretch.from().atStartOfDay(), stretch.week()));
            }
        }
        return Optional.empty();
    }

    /** Whether a week has at most 48 hours. */
    public static boolean withinWeeklyHours(WeekGrid week) {
        return week.slotCount() <= MAX_WEEKLY_HALF_HOURS;
    }

    /** Whether a week, repeated, has a run of 35 hours off (Sunday wrapping into Monday). */
    public static boolean hasWeeklyRest(WeekGrid week) {
        return longestRest(week) >= WEEKLY_REST_HALF_HOURS;
    }

    /**
     * The first slot (0–335) at which work begins after a break and the 24 hours from then hold fewer than 11
     * consecutive hours off, in a week that repeats (Sunday wraps into Monday); empty when every day has its rest. A
     * week worked round the clock breaks the rule at slot 0.
     */
    public static OptionalInt dailyRestBreach(WeekGrid week) {
        if (week.isEmpty()) {
            return OptionalInt.empty();
        }
        if (week.isFull()) {
            return OptionalInt.of(0);
        }
        for (int slot = 0; slot < WeekGrid.SLOTS; slot++) {
            if (week.contains(slot) && !week.contains(Math.floorMod(slot - 1, WeekGrid.SLOTS))) {
                int run = 0;
                int longest = 0;
                for (int i = slot; i < slot + WINDOW; i++) {
                    run = week.contains(i % WeekGrid.SLOTS) ? 0 : run + 1;
                    longest = Math.max(longest, run);
                }
                if (longest < DAILY_REST_HALF_HOURS) {
                    return OptionalInt.of(slot);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The longest run of free half-hours in a week that repeats (Sunday wraps into Monday); 336 for an empty week. */
    public static int longestRest(WeekGrid week) {
        if (week.isEmpty()) {
            return WeekGrid.SLOTS;
        }
        int firstBooked = week.slots().findFirst().orElseThrow();
        int run = 0;
        int longest = 0;
        for (int i = 1; i <= WeekGrid.SLOTS; i++) {
            run = week.contains((firstBooked + i) % WeekGrid.SLOTS) ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Dates over which the same commitments apply, with the combined week there. */
    private record Stretch(LocalDate from, @Nullable LocalDate until, WeekGrid week) {

        /** Days in the stretch, or -1 when it has no end. */
        long days() {
            return until == null ? -1 : ChronoUnit.DAYS.between(from, until);
        }
    }

    /** The proposed dates cut where another commitment starts or ends, each piece with its combined week. */
    private static List<Stretch> stretches(Commitment proposed, List<Commitment> existing) {
        List<Commitment> all = new ArrayList<>(existing);
        all.add(proposed);
        return stretches(all, proposed.start(), proposed.after());
    }

    /** {@code [from, until)} (open when {@code until} is null) cut where any commitment starts or ends. */
    private static List<Stretch> stretches(List<Commitment> commitments, LocalDate from, @Nullable LocalDate until) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        cuts.add(from);
        for (Commitment c : commitments) {
            for (LocalDate cut : new LocalDate[] {c.start(), c.after()}) {
                if (cut != null && cut.isAfter(from) && (until == null || cut.isBefore(until))) {
                    cuts.add(cut);
                }
            }
        }
        List<Stretch> stretches = new ArrayList<>();
        List<LocalDate> starts = List.copyOf(cuts);
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            LocalDate end = i + 1 < starts.size() ? starts.get(i + 1) : until;
            WeekGrid week = WeekGrid.EMPTY;
            for (Commitment c : commitments) {
                if (c.activeOn(start)) {
                    week = week.union(c.slots());
                }
            }
            stretches.add(new Stretch(start, end, week));
        }
        return stretches;
    }

    /**
     * Daily rest on the calendar from the day before the proposed start to the day after its end. Long stretches are
     * shortened by whole weeks (which changes no 24-hour window, as the pattern repeats), so the work is small
     * whatever the dates.
     */
    private static Optional<Violation> dailyRest(Commitment proposed, List<Commitment> existing) {
        List<Commitment> all = new ArrayList<>(existing);
        all.add(proposed);
        LocalDate from = proposed.start().minusDays(1);
        @Nullable LocalDate until = after(proposed.end(), 2);
        List<Long> days = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        List<WeekGrid> weeks = new ArrayList<>();
        for (Stretch stretch : stretches(all, from, until)) {
            long length = stretch.days();
            int laid = length < 0 ? OPEN_DAYS : (int) (length <= 21 ? length : 14 + length % 7);
            for (int i = 0; i < laid; i++) {
                LocalDate date = i < 7 || length < 0
                        ? stretch.from().plusDays(i)
                        : stretch.from().plusDays(length - (laid - i));
                days.add(daySlots(stretch.week(), date.getDayOfWeek()));
                dates.add(date);
                weeks.add(stretch.week());
            }
        }
        int total = days.size() * DAY;
        for (int i = 0; i < total; i++) {
            if (booked(days, i) && (i == 0 || !booked(days, i - 1))) {
                int run = 0;
                int longest = 0;
                for (int j = i; j < i + WINDOW; j++) {
                    run = j < total && booked(days, j) ? 0 : run + 1;
                    longest = Math.max(longest, run);
                }
                if (longest < DAILY_REST_HALF_HOURS) {
                    LocalTime time = LocalTime.of((i % DAY) / 2, (i % 2) * 30);
                    return Optional.of(
                            violation(Rule.DAILY_REST, dates.get(i / DAY).atTime(time), weeks.get(i / DAY)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean booked(List<Long> days, int slot) {
        return (days.get(slot / DAY) >>> (slot % DAY) & 1L) != 0;
    }

    /** One weekday's 48 half-hours of a week as the low bits of a {@code long}. */
    static long daySlots(WeekGrid week, DayOfWeek day) {
        int first = (day.getValue() - 1) * DAY;
        long bits = 0;
        for (int i = 0; i < DAY; i++) {
            if (week.contains(first + i)) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    private static Violation violation(Rule rule, LocalDateTime from, WeekGrid week) {
        return new Violation(rule, from, week.hours());
    }

    /** Whether the commitment has a day in {@code [from, until)}; {@code until} null is open. */
    private static boolean overlaps(Commitment c, LocalDate from, @Nullable LocalDate until) {
        return (until == null || c.start().isBefore(until))
                && (c.end() == null || !c.end().isBefore(from));
    }

    private static @Nullable LocalDate after(@Nullable LocalDate end, int days) {
        return end == null ? null : end.plusDays(days);
    }
}
