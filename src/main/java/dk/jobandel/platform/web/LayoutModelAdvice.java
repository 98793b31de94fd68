package dk.jobandel.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout needs on every page rendered by a controller. */
@ControllerAdvice
class LayoutModelAdvice {

    /** The page's own address, so the language switch can bring the visitor back to it. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query);
    }
}
