package dk.jobandel.securitylog;

import dk.jobandel.platform.ConcealedAsNotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Records the 404s that may stand for a denial (review finding 4): a signed-in member asked for something a module
 * answers with a {@link ConcealedAsNotFound} exception, which it throws alike for what does not exist and for what the
 * member may not see. It runs before every other resolver, records, and leaves the answer to them.
 */
@Component
class ConcealedDenials implements HandlerExceptionResolver, Ordered {

    private final SecurityLog log;

    ConcealedDenials(SecurityLog log) {
        this.log = log;
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
        if (ex instanceof ConcealedAsNotFound) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null
                    && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken)) {
                log.concealed(authentication, request.getMethod() + " " + request.getRequestURI());
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
