package dk.jobandel.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.review.OfferQueries;
import dk.jobandel.review.OfferStatus;
import dk.jobandel.review.core.Offer;
import dk.jobandel.review.core.Party;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A member's offer list's rows as the page writes them, in the page's language. */
class ListedOfferTest {

    final StaticMessageSource messages = new StaticMessageSource();
    final Locale danish = Locale.forLanguageTag("da");

    ListedOfferTest() {
        messages.addMessage("offer.list.pool", danish, "Pulje: {0}");
        messages.addMessage("offer.status.PENDING", danish, "venter på svar");
        messages.addMessage("offer.status.ACCEPTED", Locale.ENGLISH, "accepted");
    }

    static OfferQueries.Row row(OfferStatus status, String title, boolean pool) {
        var offer = new Offer(
                9,
                4,
                Party.FREELANCER,
                11L,
                null,
                status,
                null,
                Instant.parse("2026-01-10T08:00:00Z"),
                Instant.parse("2026-01-17T22:30:00Z"),
                null,
                0);
        return new OfferQueries.Row(offer, title, "Coop Aarhus", pool);
    }

    @Test
    void aRoleOfferHasItsTitleStatusAndAnswerTimeInCopenhagenTime() {
        var listed = ListedOffer.of(List.of(row(OfferStatus.PENDING, "Kok", false)), messages, danish)
                .getFirst();

        assertThat(listed)
                .isEqualTo(new ListedOffer(
                        9, "Kok", "Coop Aarhus", "status-PENDING", "venter på svar", "17-01-2026 23:30"));
        assertThat(ListedOffer.of(List.of(row(OfferStatus.ACCEPTED, "Kok", false)), messages, Locale.ENGLISH)
                        .getFirst()
                        .statusText())
                .isEqualTo("accepted");
    }

    @Test
    void aPoolPortfoliosTitleSaysItIsAPool() {
        var listed = ListedOffer.of(List.of(row(OfferStatus.PENDING, "Køkkenhold", true)), messages, danish)
                .getFirst();

        assertThat(listed.title()).isEqualTo("Pulje: Køkkenhold");
    }
}
