package dk.jobandel.impact.core;

import dk.jobandel.review.Rights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Works out the impact figures for a period from the facts handed to it: placements from every source, the people in
 * them and the matches. Pure: the same facts and {@code asOf} give the same figures.
 *
 * <p>Only placements that started count (a placement starting after {@code asOf} is left out), and agreements that
 * ended before lasting 3 months are counted beside the others, not hidden. A person is counted once in each figure,
 * and once in each breakdown, in the group of their first placement that started in the period.
 */
public final class ImpactCalculator {

    private static final Comparator<Placement> BY_START =
            Comparator.comparing(Placement::start).thenComparing(Placement::agreementKey);
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    private ImpactCalculator() {}

    /** The figures and every breakdown. */
    public record Result(Figures figures, Map<Dimension, Table> tables) {

        public Result {
            tables = Map.copyOf(tables);
        }

        public Table table(Dimension dimension) {
            return tables.get(dimension);
        }
    }

    /** What is known of one person who started in the period. */
    private record Started(
            Person person,
            Placement first,
            boolean secure,
            boolean awaiting,
            @Nullable Boolean stillAt6,
            @Nullable Boolean stillAt12,
            boolean endedEarly,
            long halfHours) {}

    public static Result compute(
            Period period,
            LocalDate asOf,
            Filter filter,
            Collection<Placement> placements,
            Map<Long, Person> people,
            Collection<Match> matches) {
        Map<Long, List<Placement>> byPerson = new HashMap<>();
        for (Placement p : placements) {
            if (p.startedBy(asOf)) {
                byPerson.computeIfAbsent(p.personId(), id -> new ArrayList<>()).add(p);
            }
        }
        byPerson.values().forEach(list -> list.sort(BY_START));

        Set<String> agreements = new HashSet<>();
        Set<String> endedEarlyAgreements = new HashSet<>();
        List<Started> started = new ArrayList<>();
        long inclusive = 0;
        long halfHoursMoved = 0;
        List<Long> daysToFirst = new ArrayList<>();
        EarnedRights rights = new EarnedRights();

        for (var entry : byPerson.entrySet()) {
            Person person = people.getOrDefault(entry.getKey(), new Person(entry.getKey(), LocalDate.MIN, null));
            List<Placement> all = entry.getValue();
            List<Placement> inScope = all.stream()
                    .filter(p -> filter.accepts(p) && period.contains(p.start(), asOf))
                    .toList();
            for (Placement p : all) {
                if (filter.accepts(p)) {
                    rights.add(p, period, asOf);
                }
            }
            if (inScope.isEmpty()) {
                continue;
            }
            Placement first = inScope.getFirst();
            Placement firstEver = all.getFirst();
            // a sign-up after the first agreement (an agreement recorded afterwards) says nothing about waiting
            if (firstEver == first
                    && !person.signedUp().equals(LocalDate.MIN)
                    && !person.signedUp().isAfter(first.start())) {
                daysToFirst.add(ChronoUnit.DAYS.between(person.signedUp(), first.start()));
            }
            boolean secure = false;
            boolean awaiting = false;
            boolean endedEarly = false;
            long halfHours = 0;
            LocalDate secureSince = null;
            for (Placement p : inScope) {
                agreements.add(p.agreementKey());
                if (p.inclusive()) {
                    inclusive++;
                }
                if (p.contract() == Contract.EMPLOYMENT) {
                    halfHours += p.halfHoursPerWeek();
                }
                if (p.isSecureWork(asOf)) {
                    secure = true;
                    if (secureSince == null || p.start().isBefore(secureSince)) {
                        secureSince = p.start();
                    }
                } else if (p.isSecureKind() && p.covers(asOf)) {
                    awaiting = true;
                }
                if (p.endedEarly(asOf)) {
                    endedEarly = true;
                    endedEarlyAgreements.add(p.agreementKey());
                }
            }
            halfHoursMoved += halfHours;
            Boolean at6 = secureSince == null ? null : stillIn(all, secureSince.plusMonths(6), asOf);
            Boolean at12 = secureSince == null ? null : stillIn(all, secureSince.plusMonths(12), asOf);
            started.add(new Started(person, first, secure, awaiting && !secure, at6, at12, endedEarly, halfHours));
        }

        Set<Long> matched = new HashSet<>();
        for (Match m : matches) {
            if (filter.accepts(m) && period.contains(m.on(), asOf)) {
                matched.add(m.personId());
            }
        }

        var figures = new Figures(
                matched.size(),
                !filter.filtersByPlace(),
                agreements.size(),
                started.size(),
                started.stream().filter(Started::secure).count(),
                started.stream().filter(Started::awaiting).count(),
                started.stream().filter(s -> s.stillAt6() != null).count(),
                started.stream().filter(s -> Boolean.TRUE.equals(s.stillAt6())).count(),
                started.stream().filter(s -> s.stillAt12() != null).count(),
                started.stream().filter(s -> Boolean.TRUE.equals(s.stillAt12())).count(),
                endedEarlyAgreements.size(),
                started.stream().filter(Started::endedEarly).count(),
                halfHoursMoved,
                rights.people.size(),
                rights.pension.setScale(2, RoundingMode.HALF_UP),
                rights.holidayPay.setScale(2, RoundingMode.HALF_UP),
                rights.holidayDays.setScale(2, RoundingMode.HALF_UP),
                rights.akasseHours.setScale(1, RoundingMode.HALF_UP),
                inclusive,
                daysToFirst.size(),
                median(daysToFirst));

        Map<Dimension, Table> tables = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            tables.put(d, table(d, started, period, asOf));
        }
        return new Result(figures, tables);
    }

    /**
     * Whether the person is in employment of at least 8 hours a week on {@code mark}: {@code null} while the mark is
     * still ahead.
     */
    private static @Nullable Boolean stillIn(List<Placement> all, LocalDate mark, LocalDate asOf) {
        if (mark.isAfter(asOf)) {
            return null;
        }
        return all.stream().anyMatch(p -> p.isSecureKind() && p.covers(mark));
    }

    private static @Nullable Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }

    /** The rights earned in the period by employment, worked out with the review module's {@link Rights}. */
    private static final class EarnedRights {
        BigDecimal pension = BigDecimal.ZERO;
        BigDecimal holidayPay = BigDecimal.ZERO;
        BigDecimal holidayDays = BigDecimal.ZERO;
        BigDecimal akasseHours = BigDecimal.ZERO;
        final Set<Long> people = new HashSet<>();

        void add(Placement p, Period period, LocalDate asOf) {
            if (p.contract() != Contract.EMPLOYMENT) {
                return;
            }
            LocalDate from = p.start().isAfter(period.firstDay()) ? p.start() : period.firstDay();
            LocalDate until = p.workedUntil(asOf);
            LocalDate periodEnd = period.countedUntil(asOf);
            if (until.isAfter(periodEnd)) {
                until = periodEnd;
            }
            if (until.isBefore(from)) {
                return;
            }
            BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, until) + 1);
            people.add(p.personId());
            akasseHours = akasseHours.add(BigDecimal.valueOf(p.halfHoursPerWeek())
                    .multiply(days)
                    .divide(BigDecimal.valueOf(14), 10, RoundingMode.HALF_UP));
            if (p.pay() == null) {
                return;
            }
            var r = Rights.of(
                    p.halfHoursPerWeek(),
                    p.pay().payKind(),
                    p.pay().pay(),
                    p.pay().pensionPercent());
            BigDecimal months = days.divide(DAYS_PER_MONTH, 10, RoundingMode.HALF_UP);
            pension = pension.add(r.pensionPerMonth().multiply(months));
            holidayPay = holidayPay.add(r.holidayPayPerMonth().multiply(months));
            if (!r.hourlyPaid()) {
                holidayDays = holidayDays.add(Rights.HOLIDAY_DAYS_PER_MONTH.multiply(months));
            }
        }
    }

    private static Table table(Dimension d, List<Started> started, Period period, LocalDate asOf) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (String key : fixedKeys(d, period, asOf)) {
            rows.put(key, new long[Measure.values().length]);
        }
        long[] total = new long[Measure.values().length];
        Map<String, long[]> found = new HashMap<>();
        for (Started s : started) {
            String key = key(d, s);
            long[] row =
                    rows.containsKey(key) ? rows.get(key) : found.computeIfAbsent(key, k -> new long[total.length]);
            add(row, s);
            add(total, s);
        }
        Function<String, Long> number = k -> Long.parseLong(k);
        found.keySet().stream().sorted(Comparator.comparing(number)).forEach(k -> rows.put(k, found.get(k)));
        List<Table.Row> list = new ArrayList<>();
        rows.forEach((k, v) -> list.add(new Table.Row(k, v)));
        return new Table(d, list, total);
    }

    private static void add(long[] row, Started s) {
        row[Measure.PEOPLE.ordinal()]++;
        if (s.secure()) {
            row[Measure.SECURE.ordinal()]++;
        }
        if (Boolean.TRUE.equals(s.stillAt6())) {
            row[Measure.STILL_AT_6_MONTHS.ordinal()]++;
        }
        if (s.endedEarly()) {
            row[Measure.ENDED_EARLY.ordinal()]++;
        }
        row[Measure.HALF_HOURS_A_WEEK.ordinal()] += s.halfHours();
    }

    /** The rows every breakdown of this dimension shows, even when empty (months, kinds, stated groups). */
    private static List<String> fixedKeys(Dimension d, Period period, LocalDate asOf) {
        List<String> keys = new ArrayList<>();
        switch (d) {
            case MONTH -> {
                YearMonth last = YearMonth.from(period.countedUntil(asOf));
                for (YearMonth m = period.from(); !m.isAfter(last); m = m.plusMonths(1)) {
                    keys.add(m.toString());
                }
            }
            case KIND -> addAll(keys, Kind.values());
            case GENDER -> addAll(keys, Gender.values());
            case AGE_BAND -> addAll(keys, AgeBand.values());
            case SITUATION -> addAll(keys, Situation.values());
            default -> {}
        }
        if (d.needsConsent()) {
            keys.add(Dimension.NOT_STATED);
        }
        return keys;
    }

    private static void addAll(List<String> keys, Enum<?>[] values) {
        for (Enum<?> e : values) {
            keys.add(e.name());
        }
    }

    private static String key(Dimension d, Started s) {
        Placement p = s.first();
        StatedProfile stated = s.person().stated();
        return switch (d) {
            case REGION -> Short.toString(p.regionCode());
            case MUNICIPALITY -> Short.toString(p.municipalityCode());
            case ORGANISATION -> Long.toString(p.organisationId());
            case KIND -> p.kind().name();
            case MONTH -> YearMonth.from(p.start()).toString();
            case GENDER ->
                stated == null ? Dimension.NOT_STATED : stated.gender().name();
            case AGE_BAND ->
                stated == null
                        ? Dimension.NOT_STATED
                        : AgeBand.of(stated.birthYear(), p.start().getYear()).name();
            case SITUATION ->
                stated == null ? Dimension.NOT_STATED : stated.situation().name();
        };
    }
}
