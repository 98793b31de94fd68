package dk.jobandel.pools;

import java.math.BigDecimal;

/**
 * What a pool's creator decides: its name and purpose, where it is, the fee on top of hours used (percent, e.g.
 * 8.00), the rules members agree to (notice in days, hours per week each member guarantees) and the employment terms
 * the host offers its workers (gross hourly wage in kroner, e.g. 185.00, and the employer's pension in percent).
 */
public record PoolDetails(
        String name,
        String purpose,
        short municipalityCode,
        BigDecimal feePercent,
        int noticeDays,
        BigDecimal minHoursPerMember,
        BigDecimal hourlyWage,
        BigDecimal pensionPercent) {

    /** The hourly wage a pool gets when its creator names none (as the database's default). */
    public static final BigDecimal DEFAULT_HOURLY_WAGE = new BigDecimal("185.00");

    /** The employer's pension a pool gets when its creator names none (as the database's default). */
    public static final BigDecimal DEFAULT_PENSION_PERCENT = new BigDecimal("8.00");

    /** A pool with the default pay terms ({@link #DEFAULT_HOURLY_WAGE}, {@link #DEFAULT_PENSION_PERCENT}). */
    public PoolDetails(
            String name,
            String purpose,
            short municipalityCode,
            BigDecimal feePercent,
            int noticeDays,
            BigDecimal minHoursPerMember) {
        this(
                name,
                purpose,
                municipalityCode,
                feePercent,
                noticeDays,
                minHoursPerMember,
                DEFAULT_HOURLY_WAGE,
                DEFAULT_PENSION_PERCENT);
    }

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
        // the database's limits: numeric(8, 2) above 0, and a pension of 0–30 %
        if (hourlyWage.signum() <= 0
                || hourlyWage.compareTo(new BigDecimal("999999.99")) > 0
                || hourlyWage.scale() > 2) {
            throw new PoolRefused("pool.hourlyWage.invalid");
        }
        if (pensionPercent.signum() < 0
                || pensionPercent.compareTo(BigDecimal.valueOf(30)) > 0
                || pensionPercent.scale() > 2) {
            throw new PoolRefused("pool.pension.invalid");
        }
    }
}
