package dk.jobandel.review.core;

import org.jspecify.annotations.Nullable;

/**
 * The person looking at or answering an offer: their account, and the organisation they are staff of (if any).
 * Offers to an organisation are answered by any of its staff.
 */
public record Answerer(long accountId, @Nullable Long organisationId) {}
