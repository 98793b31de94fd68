package dk.jobandel.platform.web;

import dk.jobandel.platform.ListPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A paged list asked for a page number that is not one ({@code ?page=abc}, {@code ?page=-3}): a page that says so
 * and links to the list's first page, with status 400, never a 500.
 */
@ControllerAdvice
class PagingAdvice {

    @ExceptionHandler(ListPage.PageNumberUnreadable.class)
    ModelAndView unreadable(HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error/page-number");
        page.setStatus(HttpStatus.BAD_REQUEST);
        // the list's own address, without the query: its first page (a path of this application, never a host)
        page.addObject("firstPage", request.getRequestURI());
        return page;
    }
}
