package dk.jobandel.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns away a login attempt before any password is checked when the throttle says so. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    private static final RequestMatcher LOGIN_ATTEMPT =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SecurityConfiguration.LOGIN_PAGE);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN_ATTEMPT.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.isBlocked(
                request.getParameter(SecurityConfiguration.USERNAME_PARAMETER), request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE + "?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
