package dk.jobandel.impact.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Jobs known only as counts (partnership follow-ups, procurement reports) on worked examples. */
class CountedJobsTest {

    static final LocalDate Q1 = LocalDate.of(2026, 3, 31);
    static final LocalDate Q2 = LocalDate.of(2026, 6, 30);
    static final LocalDate Q3 = LocalDate.of(2026, 9, 30);
    static final LocalDate Q4 = LocalDate.of(2026, 12, 31);

    static CountedJobs.Instrument partnership(long id, @Nullable LocalDate lastDay) {
        return new CountedJobs.Instrument(
                "PS-" + id,
                id * 2,
                Kind.PARTNERSHIP,
                10,
                "SØV",
                Set.of(10L, 20L),
                (short) 751,
                (short) 1082,
                lastDay,
                true);
    }

    static CountedJobs.Count count(LocalDate on, int jobs, double hoursPerJob) {
        return new CountedJobs.Count(on, jobs, (int) Math.round(hoursPerJob * 2));
    }

    @Test
    void aJobStartsWhenFirstCountedAndRunsToTheInstrumentsEndWhileStillCounted() {
        var placements = CountedJobs.placements(
                partnership(1, LocalDate.of(2027, 12, 31)), List.of(count(Q1, 2, 15), count(Q2, 2, 15)));

        assertThat(placements).hasSize(2);
        assertThat(placements).allSatisfy(p -> {
            assertThat(p.start()).isEqualTo(Q1);
            assertThat(p.lastDay()).isEqualTo(LocalDate.of(2027, 12, 31));
            assertThat(p.hoursPerWeek()).isEqualTo(15.0);
            assertThat(p.kind()).isEqualTo(Kind.PARTNERSHIP);
            assertThat(p.contract()).isEqualTo(Contract.EMPLOYMENT);
            assertThat(p.inclusive()).isTrue();
            assertThat(p.organisationIds()).containsExactlyInAnyOrder(10L, 20L);
            assertThat(p.pay()).isNull();
        });
        assertThat(placements)
                .extracting(Placement::personId)
                .doesNotHaveDuplicates()
                .allMatch(id -> id < 0);
    }

    @Test
    void aJobNoLongerCountedEndsOnTheLastCountThatHadIt() {
        // 3 at Q1, 2 at Q2, 2 at Q3: the third job ended somewhere after Q1; it is said to end on Q1
        var placements = CountedJobs.placements(
                partnership(2, null), List.of(count(Q1, 3, 10), count(Q2, 2, 10), count(Q3, 2, 10)));

        assertThat(placements).hasSize(3);
        assertThat(placements).filteredOn(p -> p.lastDay() == null).hasSize(2);
        assertThat(placements).filteredOn(p -> Q1.equals(p.lastDay())).hasSize(1);
    }

    @Test
    void aJobThatComesBackIsAnotherPersonsNewJob() {
        var placements = CountedJobs.placements(
                partnership(3, null), List.of(count(Q1, 1, 10), count(Q2, 0, 0), count(Q3, 1, 20)));

        assertThat(placements).hasSize(2);
        assertThat(placements).extracting(Placement::personId).doesNotHaveDuplicates();
        assertThat(placements).extracting(Placement::start).containsExactly(Q1, Q3);
        assertThat(placements.get(0).lastDay()).isEqualTo(Q1);
        assertThat(placements.get(1).hoursPerWeek()).isEqualTo(20.0);
    }

    @Test
    void countsAreReadInDateOrderWhateverOrderTheyCome() {
        var placements = CountedJobs.placements(partnership(4, null), List.of(count(Q2, 2, 10), count(Q1, 1, 10)));

        assertThat(placements).extracting(Placement::start).containsExactlyInAnyOrder(Q1, Q2);
    }

    @Test
    void noCountsNoJobs() {
        assertThat(CountedJobs.placements(partnership(5, null), List.of())).isEmpty();
        assertThat(CountedJobs.placements(partnership(5, null), List.of(count(Q1, 0, 0))))
                .isEmpty();
    }

    @Test
    void twoInstrumentsNeverShareAnUnnamedPerson() {
        var a = CountedJobs.placements(partnership(1, null), List.of(count(Q1, 5, 10)));
        var b = CountedJobs.placements(partnership(2, null), List.of(count(Q1, 5, 10)));

        assertThat(a)
                .extracting(Placement::personId)
                .doesNotContainAnyElementsOf(b.stream().map(Placement::personId).toList());
    }

    /**
     * The worked example of the figures: a partnership recorded at the start of 2026 with follow-ups at the end of
     * each quarter. 6 jobs of 12 hours at Q1 and Q2, 5 at Q3 and Q4; and a second one with 4 jobs of 6 hours (not
     * secure work) from Q2. Counted for 2026 as of 1 February 2027.
     */
    @Test
    void theFiguresCountTheJobsAsInclusiveSecureWorkByTheDefinition() {
        var placements = new java.util.ArrayList<Placement>();
        placements.addAll(CountedJobs.placements(
                partnership(1, null), List.of(count(Q1, 6, 12), count(Q2, 6, 12), count(Q3, 5, 12), count(Q4, 5, 12))));
        placements.addAll(CountedJobs.placements(partnership(2, null), List.of(count(Q2, 4, 6), count(Q3, 4, 6))));

        var result = ImpactCalculator.compute(
                new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
                LocalDate.of(2027, 2, 1),
                Filter.NONE,
                placements,
                Map.of(),
                List.of());
        Figures f = result.figures();

        assertThat(f.peopleStarted()).isEqualTo(10);
        assertThat(f.inclusiveJobs()).isEqualTo(10);
        // the sixth job, counted at Q1 and Q2 only, lasted 31 March – 30 June: 3 months by the definition; the 6-hour
        // jobs are not secure work
        assertThat(f.peopleSecure()).isEqualTo(6);
        assertThat(f.peopleEndedEarly()).isEqualTo(0);
        assertThat(f.halfHoursMovedPerWeek()).isEqualTo(6 * 24 + 4 * 12);
        assertThat(f.firstAgreements()).isZero();
        var byKind = result.table(Dimension.KIND).rows().stream()
                .filter(r -> r.key().equals(Kind.PARTNERSHIP.name()))
                .findFirst()
                .orElseThrow();
        assertThat(byKind.value(Measure.PEOPLE)).isEqualTo(10);
        assertThat(byKind.value(Measure.SECURE)).isEqualTo(6);
    }
}
