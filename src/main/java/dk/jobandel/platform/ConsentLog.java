package dk.jobandel.platform;

/**
 * Where modules record a member's consent as it is given or withdrawn, with the time and the privacy notice's
 * version. Implemented by the privacy module, which shows and withdraws them on the member's page.
 */
public interface ConsentLog {

    /** What a member can consent to. */
    enum Purpose {
        /** The terms at sign-up: processing to find and agree shared jobs. */
        SIGN_UP_TERMS,
        /** Optional facts about the person's situation (pension, holiday pay, a-kasse, flex job). */
        SITUATION_FACTS,
        /** Being shown to cooperatives in employee pools. */
        POOL_VISIBILITY,
        /** Being counted in anonymous impact statistics. */
        IMPACT_STATISTICS
    }

    void given(long accountId, Purpose purpose);

    void withdrawn(long accountId, Purpose purpose);
}
