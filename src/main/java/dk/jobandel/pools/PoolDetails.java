package dk.jobandel.pools;

import java.math.BigDecimal;

/**
 * What a pool's creator decides: its name and purpose, where it is, the fee on top of hours used (percent, e.g.
 * 8.00) and the rules members agree to (notice in days, hours per week each member guarantees).
 */
public record PoolDetails(
        String name,
        String purpose,
        short municipalityCode,
        BigDecimal feePercent,
        int noticeDays,
        BigDecimal minHoursPerMember) {

    public PoolDetails {
        if (name.isBlank() || name.strip().length() > 120) {
            throw new PoolRefused("pool.name.invalid");
        }
        if (feePercent.signum() < 0 || feePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new PoolRefused("pool.fee.invalid");
        }
        if (noticeDays < 0 || noticeDays > 365) {
            throw new PoolRefused("pool.notice.invalid");
        }
        if (minHoursPerMember.signum() < 0 || minHoursPerMember.compareTo(BigDecimal.valueOf(48)) > 0) {
            throw new PoolRefused("pool.minHours.invalid");
        }
    }
}
