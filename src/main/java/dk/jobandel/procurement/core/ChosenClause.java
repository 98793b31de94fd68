package dk.jobandel.procurement.core;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A clause chosen for a contract, as the check sees it.
 *
 * @param target the target value the municipality set, or {@code null}
 */
public record ChosenClause(
        long templateId,
        ClauseKind kind,
        LegalBasis basis,
        TargetUnit unit,
        @Nullable BigDecimal target) {

    public boolean hasMeasurableTarget() {
        return unit.measurable() && target != null && target.signum() > 0;
    }
}
