package dk.jobandel.pools.web;

import dk.jobandel.platform.DecimalEditor;
import dk.jobandel.pools.Pools;
import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The pool form's live secure-terms check (issue 21): htmx posts the form here as the user types and swaps in the
 * findings for the pool's employment terms. Nothing is saved or read; the pools area's access rule (cooperative staff
 * and consultants) and the form's CSRF token apply. Without JavaScript the form's check button does the same.
 */
@Controller
class PoolTermsCheckController {

    private final Pools pools;

    PoolTermsCheckController(Pools pools) {
        this.pools = pools;
    }

    @InitBinder("form")
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new DecimalEditor());
    }

    @PostMapping("/pools/check")
    String check(@ModelAttribute("form") PoolForm form, BindingResult result, Model model) {
        PoolTerms.addFindings(pools, form, result, model);
        return "advisor/_findings :: live";
    }
}
