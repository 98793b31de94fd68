package dk.jobandel.pools.web;

import dk.jobandel.advisor.core.Finding;
import dk.jobandel.pools.Pools;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** The secure-terms check of a pool form's employment terms (hourly wage and pension), for the form's pages. */
final class PoolTerms {

    private PoolTerms() {}

    /**
     * The findings for the form's terms, or {@code null} while the wage or the pension is missing or not a number in
     * range (then the model says the terms are incomplete). Puts {@code findings} or {@code termsIncomplete} into the
     * model.
     */
    static @Nullable List<Finding> addFindings(Pools pools, PoolForm form, BindingResult result, Model model) {
        BigDecimal wage = form.getHourlyWage();
        BigDecimal pension = form.getPensionPercent();
        if (result.hasFieldErrors("hourlyWage")
                || result.hasFieldErrors("pensionPercent")
                || wage == null
                || pension == null
                || wage.signum() <= 0
                || pension.signum() < 0
                || pension.compareTo(new BigDecimal("30")) > 0) {
            model.addAttribute("termsIncomplete", true);
            return null;
        }
        List<Finding> findings = pools.termsFindings(wage, pension);
        model.addAttribute("findings", findings);
        return findings;
    }
}
