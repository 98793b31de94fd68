/**
 * Review: nothing matching proposes reaches a member before a consultant has approved it. Consultants
 * work through a queue of proposals, approve one (optionally with an adjusted split of the slots, checked
 * again against the hard rules) or reject it with a reason. Approval sends an offer to every freelancer in
 * it and to the cooperative; every party accepts or declines ("accept only together"), offers expire, and
 * when all have accepted an agreement books the people's time. Declined, expired and rejected proposals
 * are remembered so matching does not make them again unchanged. Every change is in the audit trail. Its
 * API is {@link dk.jobandel.review.Reviews} and {@link dk.jobandel.review.Offers}; the offer pages read
 * {@link dk.jobandel.review.OfferQueries}. The offer round's rules are plain Java in {@code core}; the offers are
 * stored by {@code OfferStore}, and the proposals' status is changed through matching's typed API.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.review;
