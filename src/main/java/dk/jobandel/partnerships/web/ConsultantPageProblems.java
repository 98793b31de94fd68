package dk.jobandel.partnerships.web;

import dk.jobandel.partnerships.PartnershipChanged;
import dk.jobandel.partnerships.PartnershipRefused;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * How the consultants' course and checklist pages answer the module's refusals: a change by somebody else or a refused
 * step as the problem page (409). One advice for both controllers, so that splitting the pages did not copy the
 * handlers. Not found is platform-wide ({@link dk.jobandel.platform.PageNotFound}).
 */
@ControllerAdvice(assignableTypes = {ConsultantCourseController.class, ConsultantChecklistController.class})
class ConsultantPageProblems {

    @ExceptionHandler(PartnershipChanged.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView changed() {
        return new ModelAndView("partnerships/problem", java.util.Map.of("problem", "partnerships.changed"));
    }

    @ExceptionHandler(PartnershipRefused.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView refused(PartnershipRefused refused) {
        return new ModelAndView("partnerships/problem", java.util.Map.of("problem", refused.messageKey()));
    }
}
