package dk.jobandel.partnerships.core;

import dk.jobandel.shared.core.Decision;
import org.jspecify.annotations.Nullable;

/**
 * Accept only together: an introduction is accepted when the firm and the SØV have both accepted, declined as soon as
 * either declines, and proposed until then. Contacts are shared only when accepted.
 */
public final class IntroductionAnswers {

    public enum Answer {
        ACCEPTED,
        DECLINED
    }

    public enum Status {
        PROPOSED,
        ACCEPTED,
        DECLINED
    }

    private IntroductionAnswers() {}

    public static Status status(@Nullable Answer firm, @Nullable Answer sov) {
        if (firm == Answer.DECLINED || sov == Answer.DECLINED) {
            return Status.DECLINED;
        }
        if (firm == Answer.ACCEPTED && sov == Answer.ACCEPTED) {
            return Status.ACCEPTED;
        }
        return Status.PROPOSED;
    }

    /** A party answers once, while the introduction is still proposed. */
    public static Decision mayAnswer(@Nullable Answer firm, @Nullable Answer sov, boolean asFirm) {
        if (status(firm, sov) != Status.PROPOSED) {
            return Decision.refused("INTRODUCTION_DECIDED");
        }
        if ((asFirm ? firm : sov) != null) {
            return Decision.refused("ALREADY_ANSWERED");
        }
        return Decision.ALLOWED;
    }

    public static boolean contactsShared(@Nullable Answer firm, @Nullable Answer sov) {
        return status(firm, sov) == Status.ACCEPTED;
    }
}
