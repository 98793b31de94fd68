package dk.jobandel.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandoverPatternsTest {

    static final List<String> DAYS = List.of("man", "tir", "ons", "tor", "fre", "lør", "søn");
    static final long VICTOR = 7;
    static final long MAJA = 9;

    /** A handover on a day (0 = Monday) from a half-hour of the day, with an overlap of some half-hours. */
    static Handover at(long from, long to, int day, int slotOfDay, int overlap) {
        int start = day * 48 + slotOfDay;
        return new Handover(from, to, start, start + overlap);
    }

    @Test
    void theSameHandoverOnFiveWeekdaysIsOneLineWithADayRange() {
        List<Handover> handovers = new java.util.ArrayList<>();
        for (int day = 0; day < 5; day++) {
            handovers.add(at(VICTOR, MAJA, day, 21, 1)); // 10:30–11:00
        }

        List<HandoverPatterns.Pattern> patterns = HandoverPatterns.of(handovers);

        assertThat(patterns).hasSize(1);
        HandoverPatterns.Pattern pattern = patterns.getFirst();
        assertThat(pattern.fromFreelancerId()).isEqualTo(VICTOR);
        assertThat(pattern.toFreelancerId()).isEqualTo(MAJA);
        assertThat(HandoverPatterns.days(pattern.days(), DAYS)).isEqualTo("man–fre");
        assertThat(HandoverPatterns.clock(pattern.startMinute())).isEqualTo("10:30");
        assertThat(HandoverPatterns.clock(pattern.endMinute())).isEqualTo("11:00");
    }

    @Test
    void differentPairsTimesOrOverlapsStayApartInTheOrderOfTheWeek() {
        List<HandoverPatterns.Pattern> patterns = HandoverPatterns.of(List.of(
                at(VICTOR, MAJA, 0, 21, 1),
                at(MAJA, VICTOR, 0, 30, 1),
                at(VICTOR, MAJA, 1, 21, 1),
                at(VICTOR, MAJA, 2, 24, 1), // another time of day
                at(VICTOR, MAJA, 3, 21, 2), // a longer overlap
                at(VICTOR, MAJA, 4, 21, 1)));

        assertThat(patterns)
                .extracting(p -> p.fromFreelancerId() + "→" + p.toFreelancerId() + " "
                        + HandoverPatterns.days(p.days(), DAYS) + " " + HandoverPatterns.clock(p.startMinute()) + "–"
                        + HandoverPatterns.clock(p.endMinute()))
                .containsExactly(
                        "7→9 man, tir, fre 10:30–11:00",
                        "9→7 man 15:00–15:30",
                        "7→9 ons 12:00–12:30",
                        "7→9 tor 10:30–11:30");
    }

    @Test
    void aChangeWithoutOverlapHasNoLength() {
        List<HandoverPatterns.Pattern> patterns =
                HandoverPatterns.of(List.of(at(VICTOR, MAJA, 5, 24, 0), at(VICTOR, MAJA, 6, 24, 0)));

        assertThat(patterns).singleElement().satisfies(p -> {
            assertThat(p.overlapSlots()).isZero();
            assertThat(HandoverPatterns.days(p.days(), DAYS)).isEqualTo("lør, søn");
        });
    }

    @Test
    void daysAreRangesOnlyForThreeOrMoreInARow() {
        assertThat(HandoverPatterns.days(List.of(0, 1, 2, 4, 5), DAYS)).isEqualTo("man–ons, fre, lør");
        assertThat(HandoverPatterns.days(List.of(0, 2, 4, 5, 6), DAYS)).isEqualTo("man, ons, fre–søn");
        assertThat(HandoverPatterns.days(List.of(), DAYS)).isEmpty();
    }
}
