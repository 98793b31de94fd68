package dk.jobandel.review.core;

import dk.jobandel.members.Actor;
import dk.jobandel.review.OfferStatus;
import dk.jobandel.shared.core.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may see and answer an offer, and how offers end. Only the offer's party sees it; anybody else reads not found.
 * The party accepts or declines a pending offer they saw at its current version before its answer time; a decline
 * withdraws the other pending offers of the proposal; when the answer time of a proposal's offers passes, each
 * pending offer due expires and any other still pending is withdrawn. An answered offer never changes again.
 */
public final class OfferRules {

    /** The message codes of refusals. */
    public static final String CHANGED = "offer.changed";

    public static final String EXPIRED = "offer.expired";

    private OfferRules() {}

    /** An offer's move to a new status. */
    public record Move(Offer offer, OfferStatus next) {}

    /** Seeing an offer: its party only. */
    public static Decision sees(Offer offer, Actor who) {
        return offer.isFor(who) ? Decision.ALLOWED : Decision.HIDDEN;
    }

    /**
     * Answering an offer (accepting or declining): its party, while it is pending, still at the version they saw,
     * and before its answer time.
     *
     * @param answer {@link OfferStatus#ACCEPTED} or {@link OfferStatus#DECLINED}
     */
    public static Decision answer(Offer offer, Actor who, long seenVersion, OfferStatus answer, Instant now) {
        if (answer != OfferStatus.ACCEPTED && answer != OfferStatus.DECLINED) {
            throw new IllegalArgumentException("A party accepts or declines, not " + answer);
        }
        if (!offer.isFor(who)) {
            return Decision.HIDDEN;
        }
        if (!offer.isPending() || offer.version() != seenVersion) {
            return Decision.refused(CHANGED);
        }
        if (offer.isDue(now)) {
            return Decision.refused(EXPIRED);
        }
        return Decision.ALLOWED;
    }

    /** Storing a move: only from a status that allows it (an answered offer has moved on). */
    public static Decision move(Offer offer, OfferStatus next) {
        return offer.status().canMoveTo(next) ? Decision.ALLOWED : Decision.refused(CHANGED);
    }

    /** A party declined: every other offer still pending is withdrawn. */
    public static List<Move> withdrawOthers(List<Offer> offers) {
        List<Move> moves = new ArrayList<>();
        for (Offer offer : offers) {
            if (offer.isPending()) {
                moves.add(new Move(offer, OfferStatus.WITHDRAWN));
            }
        }
        return moves;
    }

    /**
     * The answer time passed for an offer of the proposal: each pending offer due expires, any other pending one (a
     * later answer time) is withdrawn, since the proposal ends for everyone.
     */
    public static List<Move> expire(List<Offer> offers, Instant now) {
        List<Move> moves = new ArrayList<>();
        for (Offer offer : offers) {
            if (offer.isPending()) {
                moves.add(new Move(offer, offer.isDue(now) ? OfferStatus.EXPIRED : OfferStatus.WITHDRAWN));
            }
        }
        return moves;
    }
}
