package dk.jobandel.review.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a freelancer stands (profile ✓ → matched → being reviewed → offer → agreement) and the message key of what
 * happens next, from counted facts: the rule behind the freelancer's dashboard, in plain Java.
 *
 * @param reached the steps reached, in order; the last is the current one (empty while the profile is incomplete)
 * @param next the message key of what happens next (its argument is {@link #count()})
 * @param count the number the next step's message names (proposals under review, offers to answer)
 */
public record FreelancerProgress(List<Step> reached, String next, long count) {

    public enum Step {
        PROFILE,
        MATCHED,
        REVIEW,
        OFFER,
        AGREEMENT
    }

    /**
     * What the dashboard counts for the person.
     *
     * @param profileComplete whether the profile has everything matching needs
     * @param proposals proposals (of any status) the person is part of
     * @param underReview of those, proposals a consultant has not decided on yet
     * @param pendingOffers offers to the person waiting for their answer
     * @param agreed proposals that became an agreement
     */
    public record Facts(boolean profileComplete, long proposals, long underReview, long pendingOffers, long agreed) {}

    public static FreelancerProgress of(Facts facts) {
        if (!facts.profileComplete()) {
            return new FreelancerProgress(List.of(), "dashboard.next.profile", 0);
        }
        if (facts.pendingOffers() > 0) {
            return new FreelancerProgress(upTo(Step.OFFER), "dashboard.next.offer", facts.pendingOffers());
        }
        if (facts.agreed() > 0) {
            return new FreelancerProgress(upTo(Step.AGREEMENT), "dashboard.next.agreement", facts.agreed());
        }
        if (facts.underReview() > 0) {
            return new FreelancerProgress(upTo(Step.REVIEW), "dashboard.next.review", facts.underReview());
        }
        if (facts.proposals() > 0) {
            return new FreelancerProgress(upTo(Step.MATCHED), "dashboard.next.matched", 0);
        }
        return new FreelancerProgress(upTo(Step.PROFILE), "dashboard.next.waiting", 0);
    }

    public List<Step> steps() {
        return List.of(Step.values());
    }

    public boolean hasReached(Step step) {
        return reached.contains(step);
    }

    public @Nullable Step current() {
        return reached.isEmpty() ? null : reached.getLast();
    }

    private static List<Step> upTo(Step last) {
        return List.of(Step.values()).subList(0, last.ordinal() + 1);
    }
}
