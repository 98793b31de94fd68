package dk.jobandel.procurement.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.partnerships.ServiceKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EuThresholdUnitTest {

    static final EuThreshold.Figures FIGURES =
            new EuThreshold.Figures(LocalDate.of(2026, 1, 1), 5_404_000, 216_000, 750_000, new BigDecimal("7.46"));
    static final TraineeLimits LIMITS = new TraineeLimits(10_000_000, 12);

    @Test
    void cleaningIsAServiceAndInclusiveJobsASocialService() {
        EuThreshold cleaning = FIGURES.applyingTo(ServiceKind.CLEANING);
        assertThat(cleaning.kind()).isEqualTo(EuThreshold.Kind.SERVICES);
        assertThat(cleaning.eur()).isEqualTo(216_000);
        assertThat(cleaning.dkk()).isEqualTo(1_611_360);
        assertThat(cleaning.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        EuThreshold jobs = FIGURES.applyingTo(ServiceKind.HR_INCLUSIVE_JOBS);
        assertThat(jobs.kind()).isEqualTo(EuThreshold.Kind.SOCIAL_SERVICES);
        assertThat(jobs.dkk()).isEqualTo(5_595_000);
    }

    @Test
    void theThresholdItselfCountsAsReached() {
        EuThreshold cleaning = FIGURES.applyingTo(ServiceKind.CLEANING);
        assertThat(cleaning.reachedBy(1_611_360)).isTrue();
        assertThat(cleaning.reachedBy(1_611_359)).isFalse();
        assertThat(cleaning.contradicts(1_611_359, true)).isTrue();
        assertThat(cleaning.contradicts(1_611_359, false)).isFalse();
    }

    @Test
    void aStatedAnswerTheValueContradictsIsAWarningNotARefusal() {
        var below = new ContractFacts(
                ServiceKind.CLEANING, 1_500_000, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), true);
        var warnings = ClauseCheck.check(below, List.of(), LIMITS, FIGURES);
        assertThat(warnings).extracting(ClauseWarning::code).containsExactly(ClauseWarning.Code.THRESHOLD_MISMATCH);
        assertThat(warnings.getFirst().arguments()).containsExactly(1_611_360L, 216_000L, 1);

        // the same value is below the social services' threshold: stating "above" for it is the mistake too
        var socialBelow = new ContractFacts(
                ServiceKind.HR_INCLUSIVE_JOBS, 3_000_000, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), false);
        assertThat(ClauseCheck.check(socialBelow, List.of(), LIMITS, FIGURES)).isEmpty();
        var cleaningAbove = new ContractFacts(
                ServiceKind.CLEANING, 3_000_000, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), false);
        assertThat(ClauseCheck.check(cleaningAbove, List.of(), LIMITS, FIGURES))
                .extracting(ClauseWarning::code)
                .containsExactly(ClauseWarning.Code.THRESHOLD_MISMATCH);
        // without figures (the old check) nothing is said about the threshold
        assertThat(ClauseCheck.check(cleaningAbove, List.of(), LIMITS)).isEmpty();
    }
}
