package dk.jobandel.roles.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.jobandel.roles.RoleStatus;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.ReferenceData;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The consultants' role list's rows as the page writes them, in the page's language. */
class ListedRoleTest {

    final ReferenceData reference = mock(ReferenceData.class);
    final StaticMessageSource messages = new StaticMessageSource();
    final Locale danish = Locale.forLanguageTag("da");

    ListedRoleTest() {
        messages.addMessage("role.status.PUBLISHED", danish, "Offentliggjort");
        messages.addMessage("role.status.PUBLISHED", Locale.ENGLISH, "Published");
        when(reference.municipalityName((short) 751)).thenReturn("Aarhus");
    }

    @Test
    void aRowHasItsMunicipalityHoursAndStatusInThePagesLanguage() {
        var row = new SharedRoles.Listed(7, "Kok", "Coop Aarhus", (short) 751, 2, RoleStatus.PUBLISHED, 17.25, 3);

        var danishRow = ListedRole.of(List.of(row), reference, messages, danish).getFirst();
        var englishRow =
                ListedRole.of(List.of(row), reference, messages, Locale.ENGLISH).getFirst();

        assertThat(danishRow)
                .isEqualTo(new ListedRole(
                        7, "Kok", "Coop Aarhus", "Aarhus", 2, "17,3", "status-PUBLISHED", "Offentliggjort"));
        assertThat(englishRow.hours()).isEqualTo("17.3");
        assertThat(englishRow.statusText()).isEqualTo("Published");
    }

    @Test
    void hoursHaveOneDecimalRoundedHalfUpAndThousandsGrouped() {
        assertThat(ListedRole.oneDecimal(danish).format(new java.math.BigDecimal("37")))
                .isEqualTo("37,0");
        assertThat(ListedRole.oneDecimal(danish).format(new java.math.BigDecimal("0.05")))
                .isEqualTo("0,1");
        assertThat(ListedRole.oneDecimal(Locale.ENGLISH).format(new java.math.BigDecimal("1234.5")))
                .isEqualTo("1,234.5");
    }
}
