package dk.jobandel.agreements;

import dk.jobandel.pools.PoolViews;
import dk.jobandel.roles.PayKind;
import dk.jobandel.roles.RoleDetails;
import dk.jobandel.roles.WorkMode;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The terms as agreed, copied from the role and its organisation when the agreement was made, so that later edits of
 * the role do not change what people agreed to.
 *
 * @param collectiveAgreementName the organisation's collective agreement (overenskomst), "" when none is named
 */
public record Terms(
        String roleTitle,
        short municipalityCode,
        WorkMode workMode,
        int handoverMinutes,
        PayKind payKind,
        BigDecimal payFrom,
        @Nullable BigDecimal payTo,
        BigDecimal pensionPercent,
        boolean collectiveAgreement,
        String collectiveAgreementName,
        boolean openToFlexjob) {

    /** The role's terms as they are now; the collective agreement is named only when the role has one. */
    static Terms ofRole(RoleDetails details, String collectiveAgreementName) {
        return new Terms(
                details.title(),
                details.municipalityCode(),
                details.workMode(),
                details.handoverMinutes(),
                details.payKind(),
                details.payFrom(),
                details.payTo(),
                details.pensionPercent(),
                details.collectiveAgreement(),
                details.collectiveAgreement() ? collectiveAgreementName : "",
                details.openToFlexjob());
    }

    /**
     * A pool's terms as they are now: its name as the title, its municipality, on site, hourly pay at the pool's wage
     * and pension, no collective agreement named.
     */
    static Terms ofPool(PoolViews.Pool pool) {
        return new Terms(
                pool.name(),
                pool.municipalityCode(),
                WorkMode.ON_SITE,
                0,
                PayKind.HOURLY,
                pool.hourlyWage(),
                null,
                pool.pensionPercent(),
                false,
                "",
                false);
    }
}
