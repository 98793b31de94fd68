package dk.jobandel.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.agreements.Agreement;
import dk.jobandel.shared.WeekGrid;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pool member has one colour wherever it is drawn: by its rank among the members' organisation ids, the rule of the
 * portfolio's picture too ({@code PoolMatching.PortfolioProposal#organisationIds}), whatever order the parts come in.
 */
class PartsPictureTest {

    static Agreement.Part part(long organisationId, String name, DayOfWeek day) {
        return new Agreement.Part(
                organisationId,
                organisationId,
                name,
                "Need",
                WeekGrid.range(day, LocalTime.of(8, 0), LocalTime.of(10, 0)),
                4);
    }

    @Test
    void membersAreColouredByOrganisationIdNotByTheOrderOfTheirParts() {
        var later = PartsPicture.of(new Agreement.PoolShares(
                1, "Pool", List.of(part(30, "Café", DayOfWeek.MONDAY), part(20, "Cykler", DayOfWeek.TUESDAY))));
        var earlier = PartsPicture.of(new Agreement.PoolShares(
                1, "Pool", List.of(part(20, "Cykler", DayOfWeek.TUESDAY), part(30, "Café", DayOfWeek.MONDAY))));
        for (var picture : List.of(later, earlier)) {
            assertThat(picture.members())
                    .filteredOn(m -> m.organisationId() == 20)
                    .extracting(PartsPicture.Member::colour)
                    .containsExactly("m0");
            assertThat(picture.members())
                    .filteredOn(m -> m.organisationId() == 30)
                    .extracting(PartsPicture.Member::colour)
                    .containsExactly("m1");
            // the picture's Monday cells (Café's) are in Café's colour
            assertThat(picture.rows().getFirst().cells().getFirst()).isEqualTo("m1");
        }
    }
}
