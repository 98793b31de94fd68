package dk.jobandel.review;

import java.util.Map;
import java.util.Set;

/**
 * An offer to one party. A pending offer is accepted or declined by the party, expires when nobody
 * answers in time, or is withdrawn when another party of the same proposal declines or lets it expire.
 */
public enum OfferStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    WITHDRAWN;

    private static final Map<OfferStatus, Set<OfferStatus>> NEXT = Map.of(
            PENDING, Set.of(ACCEPTED, DECLINED, EXPIRED, WITHDRAWN),
            ACCEPTED, Set.of(),
            DECLINED, Set.of(),
            EXPIRED, Set.of(),
            WITHDRAWN, Set.of());

    public boolean canMoveTo(OfferStatus next) {
        return NEXT.get(this).contains(next);
    }
}
