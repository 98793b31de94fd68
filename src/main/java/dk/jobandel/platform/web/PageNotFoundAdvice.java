package dk.jobandel.platform.web;

import dk.jobandel.platform.PageNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Every page of every module answers a {@link PageNotFound} (what does not exist, or what the member may not see) with
 * the 404 page, status 404. The one mapping of not found for the whole platform: no controller copies it (issue 18).
 */
@ControllerAdvice
class PageNotFoundAdvice {

    @ExceptionHandler(PageNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
