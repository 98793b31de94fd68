package dk.jobandel.accounts;

import dk.jobandel.platform.SecondFactorCheck;
import org.springframework.stereotype.Component;

/**
 * The second factor for other modules' confirmations (erasing the account asks for it after the password): a code
 * from the app or an unused recovery code, under the same rate limit and security log as at sign-in.
 */
@Component
class AccountSecondFactorCheck implements SecondFactorCheck {

    private final SecondFactors secondFactors;

    AccountSecondFactorCheck(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @Override
    public boolean hasSecondFactor(long accountId) {
        return secondFactors.enrolled(accountId);
    }

    @Override
    public boolean verify(long accountId, String code) {
        var outcome = secondFactors.check(accountId, code);
        return outcome == SecondFactors.Check.ACCEPTED || outcome == SecondFactors.Check.ACCEPTED_RECOVERY_CODE;
    }
}
