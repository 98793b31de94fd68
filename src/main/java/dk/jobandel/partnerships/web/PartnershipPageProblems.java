package dk.jobandel.partnerships.web;

import dk.jobandel.partnerships.PartnershipChanged;
import dk.jobandel.partnerships.PartnershipRefused;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * How every partnership page answers the module's refusals: a change by somebody else or a refused step as the problem
 * page (409). The module's one advice for them, so that no controller copies the handlers (issue 18). Not found is
 * platform-wide ({@link dk.jobandel.platform.PageNotFound}).
 */
@ControllerAdvice(basePackageClasses = PartnershipPageProblems.class)
class PartnershipPageProblems {

    @ExceptionHandler(PartnershipChanged.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView changed() {
        return new ModelAndView("partnerships/problem", Map.of("problem", "partnerships.changed"));
    }

    @ExceptionHandler(PartnershipRefused.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView refused(PartnershipRefused refused) {
        return new ModelAndView("partnerships/problem", Map.of("problem", refused.messageKey()));
    }
}
