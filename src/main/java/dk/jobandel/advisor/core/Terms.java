package dk.jobandel.advisor.core;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A role's or a pool's terms as plain facts, as the owning module states them.
 *
 * @param hoursPerWeek the whole week of the role (split between the sharers), or the pool worker's week
 * @param sharers how many people share the week (1 for a pool worker)
 * @param splitPercents each sharer's percentage, or null for an even split
 * @param pay hourly pay, or a monthly salary for full time
 * @param agreementName the collective agreement named for the role, or null
 * @param agreementMinimumPay the agreement's minimum pay for the role (same basis as {@code pay}), or null if unknown
 * @param agreementPensionPercent the agreement's pension rate, or null if unknown
 * @param officeWork office-type work (the salaried-employees act's kind of work)
 * @param fullTimePay what full-timers in the same job are paid (same basis), or null if not stated
 * @param fullTimePensionPercent full-timers' pension rate, or null if not stated
 * @param membershipOffered whether the people may become members of the cooperative
 * @param placedWithMembers a pool worker placed to work with the pool's members
 */
public record Terms(
        Kind kind,
        BigDecimal hoursPerWeek,
        int sharers,
        @Nullable List<Integer> splitPercents,
        int handoverMinutes,
        PayBasis payBasis,
        BigDecimal pay,
        @Nullable String agreementName,
        @Nullable BigDecimal agreementMinimumPay,
        BigDecimal pensionPercent,
        @Nullable BigDecimal agreementPensionPercent,
        Holiday holiday,
        boolean officeWork,
        @Nullable BigDecimal fullTimePay,
        @Nullable BigDecimal fullTimePensionPercent,
        boolean membershipOffered,
        boolean placedWithMembers) {

    public enum Kind {
        JOB_SHARE,
        POOL
    }

    public enum PayBasis {
        HOURLY,
        MONTHLY
    }

    public enum Holiday {
        /** Holiday pay (feriegodtgørelse) on top of pay. */
        HOLIDAY_PAY,
        /** Paid days off with pay continued (ferie med løn). */
        PAID_HOLIDAY,
        NOT_STATED
    }

    public Terms {
        splitPercents = splitPercents == null ? null : List.copyOf(splitPercents);
        if (sharers < 1) {
            throw new IllegalArgumentException("sharers " + sharers);
        }
    }

    public boolean agreementNamed() {
        return agreementName != null && !agreementName.isBlank();
    }

    /** Each sharer's hours a week, in order: the split's percentages, or the week evenly divided. */
    public List<BigDecimal> shares() {
        java.util.ArrayList<BigDecimal> shares = new java.util.ArrayList<>();
        for (int i = 0; i < sharers; i++) {
            BigDecimal share = splitPercents != null && splitPercents.size() == sharers
                    ? hoursPerWeek
                            .multiply(BigDecimal.valueOf(splitPercents.get(i)))
                            .divide(BigDecimal.valueOf(100))
                    : hoursPerWeek.divide(BigDecimal.valueOf(sharers), 2, java.math.RoundingMode.HALF_UP);
            shares.add(share.stripTrailingZeros());
        }
        return List.copyOf(shares);
    }
}
