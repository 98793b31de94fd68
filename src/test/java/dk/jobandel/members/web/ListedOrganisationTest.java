package dk.jobandel.members.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.jobandel.members.MemberDashboards;
import dk.jobandel.shared.ReferenceData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consultants' organisation rows as the page writes them. */
class ListedOrganisationTest {

    @Test
    void aRowHasItsMunicipalitysNameAndTheDayItRegistered() {
        var reference = mock(ReferenceData.class);
        when(reference.municipalityName((short) 751)).thenReturn("Aarhus");
        var row = new MemberDashboards.AwaitingVerification(
                5, "Coop Aarhus", "12345678", (short) 751, LocalDate.of(2026, 3, 4));

        assertThat(ListedOrganisation.of(List.of(row), reference))
                .containsExactly(new ListedOrganisation(5, "Coop Aarhus", "12345678", "Aarhus", "04-03-2026"));
    }
}
