package dk.jobandel.review;

import dk.jobandel.roles.PayKind;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a proposal means for a person's rights under the role's terms, compared with freelancing: hours a
 * week, whether an employment statement (ansættelsesbevis) is owed (above 3 hours a week), pay, pension
 * and holiday per month. Hourly-paid staff get 12.5 % holiday pay; salaried staff earn 2.08 paid days off
 * per month. A monthly salary is for full time, 37 hours a week, and is paid in proportion. As a freelancer
 * the same hours earn neither pension contributions nor holiday pay, and count as self-employment for the
 * a-kasse; as wage work in a cooperative they count as wage work.
 *
 * @param hoursPerWeek the person's hours a week
 * @param statementOwed whether the hours pass the 3-hour threshold for an employment statement
 * @param monthlyPay estimated pay a month before tax (kroner, to the øre)
 * @param pensionPerMonth the employer's pension contribution a month at the role's percentage
 * @param hourlyPaid whether holiday comes as holiday pay (hourly) rather than paid days (salaried)
 * @param holidayPayPerMonth 12.5 % of the monthly pay for the hourly-paid, otherwise zero
 */
public record Rights(
        double hoursPerWeek,
        boolean statementOwed,
        BigDecimal monthlyPay,
        BigDecimal pensionPerMonth,
        boolean hourlyPaid,
        BigDecimal holidayPayPerMonth) {

    /** Paid days off earned per month by the salaried (concurrent holiday). */
    public static final BigDecimal HOLIDAY_DAYS_PER_MONTH = new BigDecimal("2.08");

    static final BigDecimal HOLIDAY_PAY_RATE = new BigDecimal("0.125");
    static final BigDecimal FULL_TIME_HOURS = new BigDecimal("37");
    static final double STATEMENT_THRESHOLD_HOURS = 3.0;
    private static final BigDecimal WEEKS_PER_MONTH =
            new BigDecimal(52).divide(new BigDecimal(12), 10, RoundingMode.HALF_UP);

    public static Rights of(int halfHoursPerWeek, PayKind payKind, BigDecimal pay, BigDecimal pensionPercent) {
        BigDecimal hours = new BigDecimal(halfHoursPerWeek).divide(new BigDecimal(2));
        BigDecimal monthly = payKind == PayKind.HOURLY
                ? pay.multiply(hours).multiply(WEEKS_PER_MONTH)
                : pay.multiply(hours).divide(FULL_TIME_HOURS, 10, RoundingMode.HALF_UP);
        BigDecimal monthlyPay = monthly.setScale(2, RoundingMode.HALF_UP);
        BigDecimal pension = monthly.multiply(pensionPercent).divide(new BigDecimal(100), 2, RoundingMode.HALF_UP);
        boolean hourly = payKind == PayKind.HOURLY;
        BigDecimal holiday = hourly
                ? monthly.multiply(HOLIDAY_PAY_RATE).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(2);
        double hoursPerWeek = halfHoursPerWeek / 2.0;
        return new Rights(hoursPerWeek, hoursPerWeek > STATEMENT_THRESHOLD_HOURS, monthlyPay, pension, hourly, holiday);
    }
}
