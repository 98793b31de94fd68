package dk.jobandel.procurement.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.partnerships.ServiceKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseCheckUnitTest {

    private static final TraineeLimits LIMITS = new TraineeLimits(10_000_000, 12);

    private static ContractFacts cleaning(long value, int months, boolean aboveThreshold) {
        LocalDate start = LocalDate.of(2027, 1, 1);
        return new ContractFacts(ServiceKind.CLEANING, value, start, start.plusMonths(months), aboveThreshold);
    }

    private static ChosenClause clause(long id, ClauseKind kind, LegalBasis basis, TargetUnit unit, String target) {
        return new ChosenClause(id, kind, basis, unit, target == null ? null : new BigDecimal(target));
    }

    private static List<ClauseWarning.Code> codes(List<ClauseWarning> warnings) {
        return warnings.stream().map(ClauseWarning::code).toList();
    }

    @Test
    void aCleaningContractWithAnEmploymentClauseAndATargetIsFine() {
        var warnings = ClauseCheck.check(
                cleaning(3_000_000, 24, false),
                List.of(clause(
                        1, ClauseKind.PERFORMANCE_CLAUSE, LegalBasis.PERFORMANCE_CONDITION, TargetUnit.PEOPLE, "4")),
                LIMITS);

        assertThat(warnings).isEmpty();
    }

    @Test
    void aSection190ReservationForCleaningIsWarnedAbout() {
        var warnings = ClauseCheck.check(
                cleaning(3_000_000, 24, false),
                List.of(clause(8, ClauseKind.RESERVATION, LegalBasis.RESERVATION_190, TargetUnit.NONE, null)),
                LIMITS);

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ClauseWarning.Code.RESERVATION_OUTSIDE_190);
            assertThat(w.templateId()).isEqualTo(8);
            assertThat(w.arguments()).containsExactly(ServiceKind.CLEANING);
        });
    }

    @Test
    void aSection190ReservationForInclusiveJobsPassesUpToThreeYears() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        var reservation = clause(8, ClauseKind.RESERVATION, LegalBasis.RESERVATION_190, TargetUnit.NONE, null);
        var threeYears = new ContractFacts(ServiceKind.HR_INCLUSIVE_JOBS, 900_000, start, start.plusMonths(36), false);
        var fourYears = new ContractFacts(ServiceKind.HR_INCLUSIVE_JOBS, 900_000, start, start.plusMonths(48), false);

        assertThat(ClauseCheck.check(threeYears, List.of(reservation), LIMITS)).isEmpty();
        assertThat(codes(ClauseCheck.check(fourYears, List.of(reservation), LIMITS)))
                .containsExactly(ClauseWarning.Code.RESERVATION_190_TOO_LONG);
    }

    @Test
    void theShelteredWorkplaceReservationIsLawfulForAnyService() {
        var warnings = ClauseCheck.check(
                cleaning(3_000_000, 24, false),
                List.of(clause(9, ClauseKind.RESERVATION, LegalBasis.SHELTERED_WORKPLACE, TargetUnit.PEOPLE, "30")),
                LIMITS);

        assertThat(warnings).isEmpty();
    }

    @Test
    void aTraineeClauseBelowTheSizeLimitsIsWarnedAboutWithTheLimits() {
        var trainees = clause(3, ClauseKind.TRAINEE_CLAUSE, LegalBasis.TRAINEES_176, TargetUnit.TRAINEES, "2");

        // below the EU threshold
        assertThat(ClauseCheck.check(cleaning(20_000_000, 24, false), List.of(trainees), LIMITS))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.code()).isEqualTo(ClauseWarning.Code.TRAINEE_BELOW_LIMITS);
                    assertThat(w.arguments()).containsExactly(10_000_000L, 12);
                });
        // above the threshold but too small, or too short
        assertThat(codes(ClauseCheck.check(cleaning(9_999_999, 24, true), List.of(trainees), LIMITS)))
                .containsExactly(ClauseWarning.Code.TRAINEE_BELOW_LIMITS);
        assertThat(codes(ClauseCheck.check(cleaning(20_000_000, 11, true), List.of(trainees), LIMITS)))
                .containsExactly(ClauseWarning.Code.TRAINEE_BELOW_LIMITS);
        // at the limits exactly
        assertThat(ClauseCheck.check(cleaning(10_000_000, 12, true), List.of(trainees), LIMITS))
                .isEmpty();
    }

    @Test
    void aLargeContractWithoutATraineeClauseIsReminded() {
        var warnings = ClauseCheck.check(
                cleaning(25_000_000, 48, true),
                List.of(clause(
                        1, ClauseKind.PERFORMANCE_CLAUSE, LegalBasis.PERFORMANCE_CONDITION, TargetUnit.PEOPLE, "6")),
                LIMITS);

        assertThat(codes(warnings)).containsExactly(ClauseWarning.Code.TRAINEES_REQUIRED);
    }

    @Test
    void anAwardCriterionNeedsAMeasurableTarget() {
        var noTarget = clause(5, ClauseKind.AWARD_CRITERION, LegalBasis.AWARD_CRITERIA, TargetUnit.PEOPLE, null);
        var zero = clause(5, ClauseKind.AWARD_CRITERION, LegalBasis.AWARD_CRITERIA, TargetUnit.PEOPLE, "0");
        var nothingToCount = clause(5, ClauseKind.AWARD_CRITERION, LegalBasis.AWARD_CRITERIA, TargetUnit.NONE, "3");
        var three = clause(5, ClauseKind.AWARD_CRITERION, LegalBasis.AWARD_CRITERIA, TargetUnit.PEOPLE, "3");

        for (var doubtful : List.of(noTarget, zero, nothingToCount)) {
            assertThat(codes(ClauseCheck.check(cleaning(3_000_000, 24, false), List.of(doubtful), LIMITS)))
                    .containsExactly(ClauseWarning.Code.AWARD_WITHOUT_TARGET);
        }
        assertThat(ClauseCheck.check(cleaning(3_000_000, 24, false), List.of(three), LIMITS))
                .isEmpty();
    }

    @Test
    void aCountingClauseWithoutATargetIsWarnedAbout() {
        var warnings = ClauseCheck.check(
                cleaning(3_000_000, 24, false),
                List.of(clause(
                        2, ClauseKind.PERFORMANCE_CLAUSE, LegalBasis.PERFORMANCE_CONDITION, TargetUnit.HOURS, null)),
                LIMITS);

        assertThat(codes(warnings)).containsExactly(ClauseWarning.Code.TARGET_MISSING);
    }
}
