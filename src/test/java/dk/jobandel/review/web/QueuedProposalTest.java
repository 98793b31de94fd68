package dk.jobandel.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.review.ReviewQueue;
import dk.jobandel.roles.RoleStatus;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.ReferenceData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The review queue's rows as the page writes them, in the page's language. */
class QueuedProposalTest {

    final ReferenceData reference = mock(ReferenceData.class);
    final StaticMessageSource messages = new StaticMessageSource();
    final Locale danish = Locale.forLanguageTag("da");
    final Instant madeAt = Instant.parse("2026-07-01T07:05:00Z");

    QueuedProposalTest() {
        messages.addMessage("review.kind.TEAM", danish, "Hold");
        messages.addMessage("review.kind.SINGLE", Locale.ENGLISH, "One person");
        messages.addMessage("review.queue.waited.days", danish, "{0} dage");
        messages.addMessage("review.queue.waited.hours", danish, "{0,choice,1#1 time|1<{0} timer}");
        messages.addMessage(
                "review.queue.waited.minutes", danish, "{0,choice,0#under 1 minut|1#1 minut|1<{0} minutter}");
        messages.addMessage("review.queue.waited.days", Locale.ENGLISH, "{0} days");
        when(reference.municipalityName((short) 751)).thenReturn("Aarhus");
    }

    ReviewQueue.QueueRow row(MatchingProposals.Kind kind, double score, boolean inPlan, Duration waited) {
        var proposal =
                new MatchingProposals.Queued(41, 7, kind, score, "PENDING", 3, madeAt, 2, inPlan, List.of(11L, 12L));
        var role = new SharedRoles.Listed(7, "Kok", "Coop Aarhus", (short) 751, 2, RoleStatus.PUBLISHED, 20, 5);
        return new ReviewQueue.QueueRow(proposal, role, List.of("Victor", "Maja"), waited);
    }

    @Test
    void aRowHasItsLinkPeopleTextsAndTimesInThePagesLanguage() {
        var queued = QueuedProposal.of(
                        List.of(row(MatchingProposals.Kind.TEAM, 78.45, true, Duration.ofDays(3))),
                        "?sort=score",
                        Set.of(7L),
                        reference,
                        messages,
                        danish)
                .getFirst();

        assertThat(queued)
                .isEqualTo(new QueuedProposal(
                        "/consultant/review/41?sort=score",
                        "Victor, Maja",
                        true,
                        "Kok",
                        "Hold",
                        "Coop Aarhus",
                        "78,5",
                        "2026-07-01T07:05:00Z",
                        "01-07-2026 09:05",
                        "3 dage",
                        "Aarhus"));
        var english = QueuedProposal.of(
                        List.of(row(MatchingProposals.Kind.SINGLE, 1234.5, true, Duration.ofDays(1200))),
                        "",
                        Set.of(),
                        reference,
                        messages,
                        Locale.ENGLISH)
                .getFirst();
        assertThat(english.link()).isEqualTo("/consultant/review/41");
        assertThat(english.kind()).isEqualTo("One person");
        assertThat(english.score()).isEqualTo("1,234.5");
        assertThat(english.waited()).isEqualTo("1,200 days");
        assertThat(english.planned())
                .as("the plan did not choose among several for the role")
                .isFalse();
    }

    @Test
    void theBadgeNeedsBothThePlanAndAChoice() {
        var outOfPlan = QueuedProposal.of(
                        List.of(row(MatchingProposals.Kind.TEAM, 50, false, Duration.ZERO)),
                        "",
                        Set.of(7L),
                        reference,
                        messages,
                        danish)
                .getFirst();

        assertThat(outOfPlan.planned()).isFalse();
    }

    @Test
    void theWaitIsInDaysFromTwoDaysInHoursFromOneHourElseInMinutes() {
        assertThat(QueuedProposal.waited(Duration.ofHours(48), messages, danish))
                .isEqualTo("2 dage");
        assertThat(QueuedProposal.waited(Duration.ofHours(47), messages, danish))
                .isEqualTo("47 timer");
        assertThat(QueuedProposal.waited(Duration.ofMinutes(60), messages, danish))
                .isEqualTo("1 time");
        assertThat(QueuedProposal.waited(Duration.ofMinutes(59), messages, danish))
                .isEqualTo("59 minutter");
        assertThat(QueuedProposal.waited(Duration.ofSeconds(59), messages, danish))
                .isEqualTo("under 1 minut");
    }
}
