package dk.jobandel.partnerships;

import org.jspecify.annotations.Nullable;

/**
 * Something the SØV ranking reads has changed: one need ({@code needId}), or a SØV's profile, RSV check or use of
 * capacity, which can change every need's ranking ({@code needId} null). Published inside the changing transaction;
 * {@link PartnershipChangeMatching} refreshes the stored best SØVs after it commits.
 */
public record PartnershipMatchInputChanged(@Nullable Long needId) {

    public static PartnershipMatchInputChanged need(long needId) {
        return new PartnershipMatchInputChanged(needId);
    }

    public static PartnershipMatchInputChanged everyNeed() {
        return new PartnershipMatchInputChanged(null);
    }
}
