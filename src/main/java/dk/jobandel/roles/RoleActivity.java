package dk.jobandel.roles;

/**
 * What happened to a published role after matching: the proposals waiting for a consultant and the offers waiting
 * for an answer. The review module owns those and implements this; roles asks it for the role page's timeline
 * without depending on review.
 */
public interface RoleActivity {

    /** The role's activity, read in one statement. */
    Activity of(long roleId);

    /**
     * @param proposalsWaiting team and single proposals a consultant has not decided on yet
     * @param offersPending offers to the role's parties (the people and the organisation) not answered yet
     * @param organisationToAnswer whether one of those offers waits for the organisation's own answer
     */
    record Activity(int proposalsWaiting, int offersPending, boolean organisationToAnswer) {

        public static final Activity NONE = new Activity(0, 0, false);
    }
}
