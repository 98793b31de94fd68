package dk.jobandel.procurement.core;

import dk.jobandel.partnerships.ServiceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Warns about doubtful clause choices in a contract; it never forbids one.
 *
 * <ul>
 *   <li>A § 190 reservation for a service outside the light regime's health, social and cultural services. Of the
 *       service catalogue only {@link ServiceKind#HR_INCLUSIVE_JOBS} (running inclusive jobs, a social service) is
 *       taken to be one; cleaning, canteens and the rest are ordinary services.
 *   <li>A § 190 reservation for more than three years.
 *   <li>A trainee clause in a contract below the § 176(2) size limits; and a contract above them without one.
 *   <li>An award criterion with no measurable target, and any counting clause without a target.
 * </ul>
 */
public final class ClauseCheck {

    /** The catalogue's services that fall under § 190's list. */
    public static final Set<ServiceKind> SECTION_190_SERVICES = Set.of(ServiceKind.HR_INCLUSIVE_JOBS);

    /** The longest a § 190 reserved contract may run. */
    public static final int SECTION_190_MAX_MONTHS = 36;

    private ClauseCheck() {}

    public static List<ClauseWarning> check(ContractFacts contract, List<ChosenClause> clauses, TraineeLimits limits) {
        return check(contract, clauses, limits, null);
    }

    /**
     * The same, and a warning when the municipality's stated answer to "above the EU threshold?" differs from what the
     * estimated value says against the threshold that applies (arguments: the threshold in kroner, in euro, and 1 when
     * stated above, 0 when stated below).
     */
    public static List<ClauseWarning> check(
            ContractFacts contract,
            List<ChosenClause> clauses,
            TraineeLimits limits,
            EuThreshold.@Nullable Figures thresholds) {
        List<ClauseWarning> warnings = new ArrayList<>();
        if (thresholds != null) {
            EuThreshold applying = thresholds.applyingTo(contract.service());
            if (applying.contradicts(contract.estimatedValueDkk(), contract.aboveEuThreshold())) {
                warnings.add(warning(
                        ClauseWarning.Code.THRESHOLD_MISMATCH,
                        0,
                        applying.dkk(),
                        applying.eur(),
                        contract.aboveEuThreshold() ? 1 : 0));
            }
        }
        boolean hasTraineeClause = false;
        for (ChosenClause clause : clauses) {
            long id = clause.templateId();
            if (clause.basis() == LegalBasis.RESERVATION_190) {
                if (!SECTION_190_SERVICES.contains(contract.service())) {
                    warnings.add(warning(ClauseWarning.Code.RESERVATION_OUTSIDE_190, id, contract.service()));
                }
                if (contract.months() > SECTION_190_MAX_MONTHS) {
                    warnings.add(warning(ClauseWarning.Code.RESERVATION_190_TOO_LONG, id, contract.months()));
                }
            }
            if (clause.kind() == ClauseKind.TRAINEE_CLAUSE) {
                hasTraineeClause = true;
                if (!limits.reachedBy(contract)) {
                    warnings.add(warning(
                            ClauseWarning.Code.TRAINEE_BELOW_LIMITS,
                            id,
                            limits.minimumValueDkk(),
                            limits.minimumMonths()));
                }
            }
            if (clause.kind() == ClauseKind.AWARD_CRITERION && !clause.hasMeasurableTarget()) {
                warnings.add(warning(ClauseWarning.Code.AWARD_WITHOUT_TARGET, id));
            } else if (clause.unit().measurable() && !clause.hasMeasurableTarget()) {
                warnings.add(warning(ClauseWarning.Code.TARGET_MISSING, id));
            }
        }
        if (!hasTraineeClause && limits.reachedBy(contract)) {
            warnings.add(warning(ClauseWarning.Code.TRAINEES_REQUIRED, 0));
        }
        return warnings;
    }

    private static ClauseWarning warning(ClauseWarning.Code code, long templateId, Object... arguments) {
        return new ClauseWarning(code, templateId, List.of(arguments));
    }
}
