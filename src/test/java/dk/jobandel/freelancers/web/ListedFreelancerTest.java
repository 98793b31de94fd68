package dk.jobandel.freelancers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.jobandel.freelancers.FreelancerList;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.Skill;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The list's rows as the page writes them, in the page's language. */
class ListedFreelancerTest {

    final ReferenceData reference = mock(ReferenceData.class);
    final StaticMessageSource messages = new StaticMessageSource();
    final Locale danish = Locale.forLanguageTag("da");

    ListedFreelancerTest() {
        messages.addMessage("tables.freelancers.hoursRange", danish, "{0}–{1}");
        messages.addMessage("tables.freelancers.percent", danish, "{0} %");
        messages.addMessage("tables.freelancers.hoursRange", Locale.ENGLISH, "{0}–{1}");
        messages.addMessage("tables.freelancers.percent", Locale.ENGLISH, "{0} %");
        when(reference.municipalityName((short) 751)).thenReturn("Aarhus");
        when(reference.skill((short) 4))
                .thenReturn(Optional.of(new Skill((short) 4, "bookkeeping", "finance", "Bogføring", "Bookkeeping")));
        when(reference.skill((short) 9))
                .thenReturn(Optional.of(new Skill((short) 9, "payroll", "finance", "Løn", "Payroll")));
    }

    @Test
    void aFilledInRowHasItsNamesHoursAndCompleteness() {
        var row = new FreelancerList.Row(
                7, "Olena", "olena@example.dk", (short) 751, 15, 30, List.of((short) 9, (short) 4), 100);

        var listed =
                ListedFreelancer.of(List.of(row), reference, messages, danish).getFirst();

        assertThat(listed.id()).isEqualTo(7);
        assertThat(listed.municipality()).isEqualTo("Aarhus");
        assertThat(listed.hours()).isEqualTo("15–30");
        assertThat(listed.skills()).containsExactly("Løn", "Bogføring");
        assertThat(listed.completeness()).isEqualTo("100 %");
        assertThat(listed.complete()).isTrue();
        assertThat(ListedFreelancer.of(List.of(row), reference, messages, Locale.ENGLISH)
                        .getFirst()
                        .skills())
                .containsExactly("Payroll", "Bookkeeping");
    }

    @Test
    void whatIsNotGivenStaysEmptyForThePageToSaySo() {
        var row = new FreelancerList.Row(8, "Bo", "bo@example.dk", null, 15, null, List.of(), 25);

        var listed =
                ListedFreelancer.of(List.of(row), reference, messages, danish).getFirst();

        assertThat(listed.municipality()).isNull();
        assertThat(listed.hours()).isNull();
        assertThat(listed.skills()).isEmpty();
        assertThat(listed.completeness()).isEqualTo("25 %");
        assertThat(listed.complete()).isFalse();
    }
}
