package dk.jobandel.roles;

import dk.jobandel.advisor.core.Terms;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The terms of a role that the advisor's secure-terms check tests beyond pay and pension.
 *
 * @param agreementName the collective agreement the role follows, or null
 * @param agreementMinimumPay the agreement's minimum pay for the role (on the role's pay basis), when known
 * @param agreementPensionPercent the agreement's pension rate, when known
 * @param holiday how holiday is given
 * @param officeWork office-type work, to which the salaried-employees act applies above its hours
 * @param fullTimePay full-timers' pay in the same job (on the role's pay basis), when stated
 * @param fullTimePensionPercent full-timers' pension rate in the same job, when stated
 * @param membershipOffered whether the people may become members of the cooperative
 */
public record RoleTerms(
        @Nullable String agreementName,
        @Nullable BigDecimal agreementMinimumPay,
        @Nullable BigDecimal agreementPensionPercent,
        Terms.Holiday holiday,
        boolean officeWork,
        @Nullable BigDecimal fullTimePay,
        @Nullable BigDecimal fullTimePensionPercent,
        boolean membershipOffered) {

    public RoleTerms {
        agreementName = agreementName == null || agreementName.isBlank() ? null : agreementName.strip();
    }

    /** What a role said before the advisor: holiday implied by the pay kind, nothing else stated. */
    public static RoleTerms impliedBy(PayKind payKind) {
        return new RoleTerms(
                null,
                null,
                null,
                payKind == PayKind.HOURLY ? Terms.Holiday.HOLIDAY_PAY : Terms.Holiday.PAID_HOLIDAY,
                false,
                null,
                null,
                false);
    }
}
