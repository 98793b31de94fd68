package dk.jobandel.review.core;

import dk.jobandel.members.Actor;
import dk.jobandel.review.OfferStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One offer to one party, as stored. */
public record Offer(
        long id,
        long proposalId,
        Party party,
        @Nullable Long freelancerId,
        @Nullable Long organisationId,
        OfferStatus status,
        @Nullable String reason,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant respondedAt,
        long version) {

    /** Whether the person is this offer's party: its freelancer, or staff of its organisation. */
    public boolean isFor(Actor who) {
        return party == Party.FREELANCER
                ? freelancerId != null && freelancerId == who.accountId()
                : organisationId != null && organisationId.equals(who.organisationId());
    }

    public boolean isPending() {
        return status == OfferStatus.PENDING;
    }

    /** Whether its answer time has come ({@code expiresAt} at or before {@code now}). */
    public boolean isDue(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
