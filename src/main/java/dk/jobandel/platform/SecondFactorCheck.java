package dk.jobandel.platform;

/**
 * Whether a member has a second factor and whether a code is right, for confirmations that need more than the
 * password (erasing the account). Until a module provides one, {@link #NONE} stands in: nobody has a second factor.
 */
public interface SecondFactorCheck {

    boolean hasSecondFactor(long accountId);

    boolean verify(long accountId, String code);

    SecondFactorCheck NONE = new SecondFactorCheck() {
        @Override
        public boolean hasSecondFactor(long accountId) {
            return false;
        }

        @Override
        public boolean verify(long accountId, String code) {
            return false;
        }
    };
}
