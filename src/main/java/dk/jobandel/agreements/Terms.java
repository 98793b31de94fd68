package dk.jobandel.agreements;

import dk.jobandel.roles.PayKind;
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
        boolean openToFlexjob) {}
