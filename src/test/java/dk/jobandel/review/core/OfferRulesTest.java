package dk.jobandel.review.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobandel.members.Actor;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.review.OfferStatus;
import dk.jobandel.shared.core.Decision;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may see and answer an offer, and how a proposal's offers end: every allowed and refused case. */
class OfferRulesTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final long FREELANCER = 7;
    static final long ORGANISATION = 40;

    static Offer toFreelancer(long id, OfferStatus status, Instant expires) {
        return offer(id, Party.FREELANCER, FREELANCER, null, status, expires, 0);
    }

    static Offer toOrganisation(long id, OfferStatus status, Instant expires) {
        return offer(id, Party.ORGANISATION, null, ORGANISATION, status, expires, 0);
    }

    static Offer offer(
            long id,
            Party party,
            @Nullable Long freelancer,
            @Nullable Long organisation,
            OfferStatus status,
            Instant expires,
            long version) {
        return new Offer(
                id, 1, party, freelancer, organisation, status, null, NOW.minusSeconds(3600), expires, null, version);
    }

    static final Actor THE_FREELANCER = Actor.person(FREELANCER);
    static final Actor STAFF = Actor.staff(99, ORGANISATION, OrganisationKind.COOPERATIVE, true);
    static final Actor SOMEBODY_ELSE = Actor.person(8);
    static final Actor OTHER_STAFF = Actor.staff(98, 41L, OrganisationKind.COOPERATIVE, true);

    final Offer freelancers = toFreelancer(1, OfferStatus.PENDING, NOW.plusSeconds(60));
    final Offer organisations = toOrganisation(2, OfferStatus.PENDING, NOW.plusSeconds(60));

    @Test
    void onlyTheOffersPartySeesIt() {
        assertThat(OfferRules.sees(freelancers, THE_FREELANCER)).isEqualTo(Decision.ALLOWED);
        assertThat(OfferRules.sees(freelancers, SOMEBODY_ELSE)).isEqualTo(Decision.HIDDEN);
        // a freelancer who is also staff of the cooperative does not see the freelancer offer of someone else
        assertThat(OfferRules.sees(freelancers, STAFF)).isEqualTo(Decision.HIDDEN);
        assertThat(OfferRules.sees(organisations, STAFF)).isEqualTo(Decision.ALLOWED);
        assertThat(OfferRules.sees(organisations, OTHER_STAFF)).isEqualTo(Decision.HIDDEN);
        assertThat(OfferRules.sees(organisations, THE_FREELANCER)).isEqualTo(Decision.HIDDEN);
    }

    @ParameterizedTest
    @EnumSource(
            value = OfferStatus.class,
            names = {"ACCEPTED", "DECLINED"})
    void thePartyAnswersAPendingOfferAsSeenBeforeItsTime(OfferStatus answer) {
        assertThat(OfferRules.answer(freelancers, THE_FREELANCER, 0, answer, NOW))
                .isEqualTo(Decision.ALLOWED);
        assertThat(OfferRules.answer(organisations, STAFF, 0, answer, NOW)).isEqualTo(Decision.ALLOWED);
    }

    @ParameterizedTest
    @EnumSource(
            value = OfferStatus.class,
            names = {"ACCEPTED", "DECLINED"})
    void anybodyElseFindsNoOfferToAnswer(OfferStatus answer) {
        assertThat(OfferRules.answer(freelancers, SOMEBODY_ELSE, 0, answer, NOW))
                .isEqualTo(Decision.HIDDEN);
        assertThat(OfferRules.answer(organisations, OTHER_STAFF, 0, answer, NOW))
                .isEqualTo(Decision.HIDDEN);
    }

    @ParameterizedTest
    @EnumSource(
            value = OfferStatus.class,
            names = {"ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN"})
    void anAnsweredOfferIsNotAnsweredAgain(OfferStatus already) {
        Offer answered = toFreelancer(1, already, NOW.plusSeconds(60));
        assertThat(OfferRules.answer(answered, THE_FREELANCER, 0, OfferStatus.ACCEPTED, NOW))
                .isEqualTo(Decision.refused("offer.changed"));
        assertThat(OfferRules.answer(answered, THE_FREELANCER, 0, OfferStatus.DECLINED, NOW))
                .isEqualTo(Decision.refused("offer.changed"));
    }

    @Test
    void anOfferChangedSinceThePageWasLoadedIsRefused() {
        Offer moved = offer(1, Party.FREELANCER, FREELANCER, null, OfferStatus.PENDING, NOW.plusSeconds(60), 1);
        assertThat(OfferRules.answer(moved, THE_FREELANCER, 0, OfferStatus.ACCEPTED, NOW))
                .isEqualTo(Decision.refused("offer.changed"));
        assertThat(OfferRules.answer(moved, THE_FREELANCER, 1, OfferStatus.ACCEPTED, NOW))
                .isEqualTo(Decision.ALLOWED);
    }

    @Test
    void anOfferIsAnsweredOnlyBeforeItsAnswerTime() {
        Offer dueNow = toFreelancer(1, OfferStatus.PENDING, NOW);
        Offer past = toFreelancer(1, OfferStatus.PENDING, NOW.minusSeconds(1));
        Offer lastSecond = toFreelancer(1, OfferStatus.PENDING, NOW.plusSeconds(1));
        assertThat(OfferRules.answer(dueNow, THE_FREELANCER, 0, OfferStatus.ACCEPTED, NOW))
                .isEqualTo(Decision.refused("offer.expired"));
        assertThat(OfferRules.answer(past, THE_FREELANCER, 0, OfferStatus.DECLINED, NOW))
                .isEqualTo(Decision.refused("offer.expired"));
        assertThat(OfferRules.answer(lastSecond, THE_FREELANCER, 0, OfferStatus.ACCEPTED, NOW))
                .isEqualTo(Decision.ALLOWED);
    }

    @ParameterizedTest
    @EnumSource(
            value = OfferStatus.class,
            names = {"PENDING", "EXPIRED", "WITHDRAWN"})
    void aPartyOnlyAcceptsOrDeclines(OfferStatus notAnAnswer) {
        assertThatThrownBy(() -> OfferRules.answer(freelancers, THE_FREELANCER, 0, notAnAnswer, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAPendingOfferMoves() {
        for (OfferStatus from : OfferStatus.values()) {
            for (OfferStatus to : OfferStatus.values()) {
                Decision move = OfferRules.move(toFreelancer(1, from, NOW), to);
                assertThat(move.allowed())
                        .as(from + " → " + to)
                        .isEqualTo(from == OfferStatus.PENDING && to != OfferStatus.PENDING);
                if (!move.allowed()) {
                    assertThat(move.code()).isEqualTo("offer.changed");
                }
            }
        }
    }

    @Test
    void aDeclineWithdrawsEveryOtherPendingOffer() {
        List<Offer> offers = List.of(
                toFreelancer(1, OfferStatus.DECLINED, NOW.plusSeconds(60)),
                toFreelancer(2, OfferStatus.ACCEPTED, NOW.plusSeconds(60)),
                toFreelancer(3, OfferStatus.PENDING, NOW.plusSeconds(60)),
                toOrganisation(4, OfferStatus.PENDING, NOW.plusSeconds(60)));
        assertThat(OfferRules.withdrawOthers(offers))
                .containsExactly(
                        new OfferRules.Move(offers.get(2), OfferStatus.WITHDRAWN),
                        new OfferRules.Move(offers.get(3), OfferStatus.WITHDRAWN));
    }

    @Test
    void atExpiryPendingOffersDueExpireAndTheRestAreWithdrawn() {
        List<Offer> offers = List.of(
                toFreelancer(1, OfferStatus.ACCEPTED, NOW.minusSeconds(60)),
                toFreelancer(2, OfferStatus.PENDING, NOW.minusSeconds(60)),
                toFreelancer(3, OfferStatus.PENDING, NOW),
                toOrganisation(4, OfferStatus.PENDING, NOW.plusSeconds(60)));
        assertThat(OfferRules.expire(offers, NOW))
                .containsExactly(
                        new OfferRules.Move(offers.get(1), OfferStatus.EXPIRED),
                        new OfferRules.Move(offers.get(2), OfferStatus.EXPIRED),
                        new OfferRules.Move(offers.get(3), OfferStatus.WITHDRAWN));
    }

    @Test
    void nothingPendingMeansNothingToEnd() {
        List<Offer> answered = List.of(
                toFreelancer(1, OfferStatus.ACCEPTED, NOW.minusSeconds(60)),
                toOrganisation(2, OfferStatus.DECLINED, NOW.minusSeconds(60)));
        assertThat(OfferRules.expire(answered, NOW)).isEmpty();
        assertThat(OfferRules.withdrawOthers(answered)).isEmpty();
    }
}
