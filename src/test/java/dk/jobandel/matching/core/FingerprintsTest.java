package dk.jobandel.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.shared.WeekGrid;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What "the same proposal again" means: the same ids with the same slots, whatever the order they came in. */
class FingerprintsTest {

    private static final WeekGrid MONDAY = WeekGrid.FULL.day(java.time.DayOfWeek.MONDAY);
    private static final WeekGrid TUESDAY = WeekGrid.FULL.day(java.time.DayOfWeek.TUESDAY);

    @Test
    void theSamePeopleWithTheSameSlotsAreTheSameProposalAgain() {
        var first = new TreeMap<>(Map.of(1L, MONDAY, 2L, TUESDAY));
        var again = new TreeMap<>(Map.of(2L, TUESDAY, 1L, MONDAY));

        assertThat(Fingerprints.of(first)).isEqualTo(Fingerprints.of(again)).hasSize(64);
    }

    @Test
    void otherSlotsOrAnotherPersonMakeAnotherProposal() {
        String proposal = Fingerprints.of(new TreeMap<>(Map.of(1L, MONDAY, 2L, TUESDAY)));

        assertThat(Fingerprints.of(new TreeMap<>(Map.of(1L, TUESDAY, 2L, MONDAY))))
                .isNotEqualTo(proposal);
        assertThat(Fingerprints.of(new TreeMap<>(Map.of(1L, MONDAY, 3L, TUESDAY))))
                .isNotEqualTo(proposal);
        assertThat(Fingerprints.of(new TreeMap<>(Map.of(1L, MONDAY)))).isNotEqualTo(proposal);
    }

    @Test
    void aPortfolioIsItsWorkerAndItsNeedsWindows() {
        var windows = new TreeMap<>(Map.of(10L, MONDAY, 11L, TUESDAY));

        assertThat(Fingerprints.portfolio(7, windows)).isEqualTo(Fingerprints.portfolio(7, new TreeMap<>(windows)));
        assertThat(Fingerprints.portfolio(8, windows)).isNotEqualTo(Fingerprints.portfolio(7, windows));
        assertThat(Fingerprints.portfolio(7, new TreeMap<>(Map.of(10L, MONDAY))))
                .isNotEqualTo(Fingerprints.portfolio(7, windows));
        // the worker is kept apart from the needs: worker 7 is not need 7
        assertThat(Fingerprints.portfolio(7, new TreeMap<>(Map.of(10L, MONDAY))))
                .isNotEqualTo(Fingerprints.of(new TreeMap<>(Map.of(7L, WeekGrid.EMPTY, 10L, MONDAY))));
    }
}
