package dk.jobandel.procurement.web;

import dk.jobandel.procurement.ProcurementNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Every procurement page answers an id the member may not see, or that does not exist, as not found. */
@ControllerAdvice(basePackageClasses = ProcurementPageProblems.class)
class ProcurementPageProblems {

    @ExceptionHandler(ProcurementNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
