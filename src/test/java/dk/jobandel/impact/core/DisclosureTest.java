package dk.jobandel.impact.core;

import static dk.jobandel.impact.core.Placements.placement;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    static final int PEOPLE = Measure.PEOPLE.ordinal();

    @Test
    void countsBelowFiveAreHiddenAndTheRestRoundedToFive() {
        assertThat(Disclosure.count(0)).isEqualTo(Shown.of(0));
        for (int n = 1; n < 5; n++) {
            assertThat(Disclosure.count(n).hidden()).as("%d", n).isTrue();
        }
        assertThat(Disclosure.count(5)).isEqualTo(Shown.of(5));
        assertThat(Disclosure.count(7)).isEqualTo(Shown.of(5));
        assertThat(Disclosure.count(8)).isEqualTo(Shown.of(10));
        assertThat(Disclosure.count(57)).isEqualTo(Shown.of(55));
        assertThat(Disclosure.count(58)).isEqualTo(Shown.of(60));
    }

    @Test
    void amountsAreHiddenUnlessTheyDescribeFivePeople() {
        assertThat(Disclosure.amount(new BigDecimal("1234.56"), 4, 1000).hidden())
                .isTrue();
        assertThat(Disclosure.amount(new BigDecimal("1234.56"), 5, 1000)).isEqualTo(Shown.of(1000));
        assertThat(Disclosure.amount(new BigDecimal("1500"), 5, 1000)).isEqualTo(Shown.of(2000));
    }

    @Test
    void aSmallGroupIsHiddenWithAnotherSoThatTheTotalDoesNotGiveItAway() {
        var table = table(row("A", 20, 10), row("B", 3, 3), row("C", 8, 6), row("D", 40, 20));
        var shown = Disclosure.protect(table);
        assertThat(shown.rows().get(1).hidden()).isTrue();
        assertThat(shown.rows().get(2).hidden())
                .as("the smallest other group is hidden too")
                .isTrue();
        assertThat(shown.rows().get(0).hidden()).isFalse();
        assertThat(shown.total(Measure.PEOPLE)).isEqualTo(Shown.of(70));
    }

    @Test
    void twoSmallGroupsTogetherUnderFiveAreHiddenWithAThird() {
        var table = table(row("A", 2, 0), row("B", 2, 0), row("C", 30, 10), row("D", 6, 1));
        var shown = Disclosure.protect(table);
        assertThat(shown.rows()).extracting(PublishedTable.Row::hidden).containsExactly(true, true, false, true);
    }

    @Test
    void aTableWithOneSmallGroupHidesItsTotal() {
        var table = table(row("A", 3, 3));
        var shown = Disclosure.protect(table);
        assertThat(shown.rows().getFirst().hidden()).isTrue();
        assertThat(shown.total(Measure.PEOPLE).hidden()).isTrue();
        assertThat(shown.total(Measure.HALF_HOURS_A_WEEK).hidden()).isTrue();
    }

    @Test
    void aSmallCountInsideALargeGroupIsHiddenWithAComplement() {
        var table = table(row("A", 20, 2), row("B", 30, 12), row("C", 10, 9));
        var shown = Disclosure.protect(table);
        assertThat(shown.rows().getFirst().value(Measure.SECURE).hidden()).isTrue();
        assertThat(shown.rows().getFirst().value(Measure.PEOPLE)).isEqualTo(Shown.of(20));
        assertThat(shown.rows().stream()
                        .filter(r -> r.value(Measure.SECURE).hidden())
                        .count())
                .isGreaterThanOrEqualTo(2);
    }

    /** The difference attack: two totals whose people differ by one person never show a difference of one. */
    @Test
    void twoTotalsThatDifferByOnePersonDoNotRevealThePerson() {
        Period period = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 3));
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        for (int n = 5; n <= 60; n++) {
            List<Placement> before = LongStream.rangeClosed(1, n)
                    .mapToObj(i ->
                            placement().person(i).from(LocalDate.of(2026, 1, 5)).build())
                    .toList();
            List<Placement> after = new ArrayList<>(before);
            // one more person, who started on the last day of March: the period January–March against January–
            // March with them (say, a filter or a later day's figures)
            after.add(placement().person(1000).from(LocalDate.of(2026, 3, 31)).build());
            var a = Disclosure.protect(ImpactCalculator.compute(period, asOf, Filter.NONE, before, Map.of(), List.of())
                    .figures());
            var b = Disclosure.protect(ImpactCalculator.compute(period, asOf, Filter.NONE, after, Map.of(), List.of())
                    .figures());
            long difference = b.peopleSecure().orZero() - a.peopleSecure().orZero();
            assertThat(difference).as("n = %d", n).isIn(0L, 5L);
            long started = b.peopleStarted().orZero() - a.peopleStarted().orZero();
            assertThat(started).as("n = %d", n).isIn(0L, 5L);
        }
    }

    /** The same for breakdown totals: a group going from 4 to 5 people, or 5 to 6. */
    @Test
    void aBreakdownWithOneMorePersonNeverShowsAGroupOfUnderFive() {
        for (int n = 1; n <= 12; n++) {
            var t = Disclosure.protect(table(row("A", n, n), row("B", 30, 20), row("C", 12, 7)));
            var u = Disclosure.protect(table(row("A", n + 1, n + 1), row("B", 30, 20), row("C", 12, 7)));
            long d = u.total(Measure.PEOPLE).orZero() - t.total(Measure.PEOPLE).orZero();
            assertThat(d).isIn(0L, 5L);
            if (u.rows().getFirst().hidden() || t.rows().getFirst().hidden()) {
                continue;
            }
            assertThat(u.rows().getFirst().value(Measure.PEOPLE).orZero()
                            - t.rows().getFirst().value(Measure.PEOPLE).orZero())
                    .isIn(0L, 5L);
        }
    }

    private static final long SEED = 0x1AB_AC7L;
    private static final int TRIES = 3000;

    /**
     * On generated tables: no group of 1–4 people is shown, every count shown is a multiple of 5, and no hidden cell
     * can be worked out by an attacker who knows the exact values of every cell shown and the exact total, and that a
     * part of a group is at most the group's people (and those still in work at most the secure).
     */
    @Test
    void suppressionCannotBeUndoneBySubtraction() {
        var random = new SplittableRandom(SEED);
        for (int t = 0; t < TRIES; t++) {
            Table table = randomTable(random);
            PublishedTable shown = Disclosure.protect(table);
            String context = "try " + t + ": " + table;
            for (int r = 0; r < table.rows().size(); r++) {
                long people = table.rows().get(r).value(Measure.PEOPLE);
                var row = shown.rows().get(r);
                if (people > 0 && people < 5) {
                    assertThat(row.hidden()).as(context).isTrue();
                }
                for (Measure m : Measure.values()) {
                    Shown s = row.value(m);
                    if (m.countsPeople() && !s.hidden()) {
                        assertThat(s.value() % 5).as(context).isZero();
                        long exact = table.rows().get(r).value(m);
                        assertThat(exact == 0 || exact >= 5)
                                .as(context + " " + m)
                                .isTrue();
                    }
                }
            }
            for (Measure m : Measure.values()) {
                if (!m.countsPeople() || shown.total(m).hidden()) {
                    continue;
                }
                attack(table, shown, m, context);
            }
        }
    }

    /** The attacker: each hidden cell's possible values given the total, the exact shown cells and the row bounds. */
    private static void attack(Table table, PublishedTable shown, Measure m, String context) {
        int rows = table.rows().size();
        long rest = table.total(m);
        List<Integer> hidden = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (shown.rows().get(r).value(m).hidden()) {
                hidden.add(r);
            } else {
                rest -= table.rows().get(r).value(m);
            }
        }
        if (hidden.isEmpty()) {
            return;
        }
        assertThat(rest)
                .as(context + " " + m + ": hidden cells together describe at least 5 people")
                .isGreaterThanOrEqualTo(5);
        for (int r : hidden) {
            long othersMax = 0;
            for (int o : hidden) {
                if (o != r) {
                    othersMax += bound(table, shown, o, m, rest);
                }
            }
            long low = Math.max(0, rest - othersMax);
            long high = Math.min(bound(table, shown, r, m, rest), rest);
            assertThat(low).as(context + " " + m + " row " + r + " is pinned").isLessThan(high);
        }
    }

    private static long bound(Table table, PublishedTable shown, int r, Measure m, long rest) {
        var row = shown.rows().get(r);
        long b = rest;
        if (m != Measure.PEOPLE && !row.value(Measure.PEOPLE).hidden()) {
            b = Math.min(b, table.rows().get(r).value(Measure.PEOPLE));
        }
        if (m == Measure.STILL_AT_6_MONTHS && !row.value(Measure.SECURE).hidden()) {
            b = Math.min(b, table.rows().get(r).value(Measure.SECURE));
        }
        return b;
    }

    private static Table randomTable(SplittableRandom random) {
        int rows = 1 + random.nextInt(7);
        List<Table.Row> list = new ArrayList<>();
        long[] total = new long[Measure.values().length];
        for (int r = 0; r < rows; r++) {
            long people = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> 1 + random.nextInt(4);
                default -> random.nextInt(40);
            };
            long secure = people == 0 ? 0 : random.nextLong(people + 1);
            long still = secure == 0 ? 0 : random.nextLong(secure + 1);
            long ended = people - secure == 0 ? 0 : random.nextLong(people - secure + 1);
            long halfHours = people * (16 + random.nextInt(40));
            long[] values = {people, secure, still, ended, halfHours};
            for (int c = 0; c < values.length; c++) {
                total[c] += values[c];
            }
            list.add(new Table.Row("R" + r, values));
        }
        return new Table(Dimension.MUNICIPALITY, list, total);
    }

    static Table.Row row(String key, long people, long secure) {
        return new Table.Row(key, new long[] {people, secure, 0, 0, people * 20});
    }

    static Table table(Table.Row... rows) {
        long[] total = new long[Measure.values().length];
        for (Table.Row r : rows) {
            for (int c = 0; c < total.length; c++) {
                total[c] += r.values()[c];
            }
        }
        return new Table(Dimension.ORGANISATION, List.of(rows), total);
    }
}
