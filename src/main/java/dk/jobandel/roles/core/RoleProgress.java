package dk.jobandel.roles.core;

import dk.jobandel.roles.RoleActivity.Activity;
import dk.jobandel.roles.RoleStatus;
import java.util.List;

/**
 * Where a role stands on its way from draft to filled, and what its organisation is waiting for: the rule behind
 * the role page's timeline, in plain Java.
 *
 * @param reached the steps reached, in order (the last one is the current step); empty for a closed role
 * @param waitingFor the message key of what the organisation waits for now
 */
public record RoleProgress(List<Step> reached, String waitingFor) {

    /** The timeline's steps, in order. */
    public enum Step {
        DRAFT,
        PUBLISHED,
        PROPOSALS,
        OFFERS,
        FILLED
    }

    public static RoleProgress of(RoleStatus status, boolean organisationVerified, Activity activity) {
        return switch (status) {
            case DRAFT ->
                new RoleProgress(
                        upTo(Step.DRAFT), organisationVerified ? "role.waiting.draft" : "role.waiting.verification");
            case FILLED -> new RoleProgress(upTo(Step.FILLED), "role.waiting.filled");
            case CLOSED -> new RoleProgress(List.of(), "role.waiting.closed");
            case PUBLISHED -> {
                if (activity.offersPending() > 0) {
                    yield new RoleProgress(
                            upTo(Step.OFFERS),
                            activity.organisationToAnswer() ? "role.waiting.ownAnswer" : "role.waiting.answers");
                }
                if (activity.proposalsWaiting() > 0) {
                    yield new RoleProgress(upTo(Step.PROPOSALS), "role.waiting.review");
                }
                yield new RoleProgress(upTo(Step.PUBLISHED), "role.waiting.matching");
            }
        };
    }

    /** Whether the timeline shows this step as reached. */
    public boolean hasReached(Step step) {
        return reached.contains(step);
    }

    /** The step the role is at now, or null for a closed role. */
    public @org.jspecify.annotations.Nullable Step current() {
        return reached.isEmpty() ? null : reached.getLast();
    }

    public List<Step> steps() {
        return List.of(Step.values());
    }

    private static List<Step> upTo(Step last) {
        return List.of(Step.values()).subList(0, last.ordinal() + 1);
    }
}
