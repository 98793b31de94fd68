package dk.jobandel.platform.security;

import dk.jobandel.platform.SignedInMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/** What happens after a login attempt: throttle bookkeeping, and the member's own language. */
final class LoginOutcomeHandlers {

    private LoginOutcomeHandlers() {}

    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        private final LoginThrottle throttle;
        private final LocaleResolver localeResolver;

        Success(LoginThrottle throttle, LocaleResolver localeResolver) {
            this.throttle = throttle;
            this.localeResolver = localeResolver;
            setDefaultTargetUrl("/dashboard");
        }

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, jakarta.servlet.ServletException {
            throttle.recordSuccess(request.getParameter(SecurityConfiguration.USERNAME_PARAMETER));
            if (authentication.getPrincipal() instanceof SignedInMember member) {
                localeResolver.setLocale(request, response, member.preferredLocale());
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /** Every failure reads the same, whether or not the e-mail is registered. */
    static final class Failure implements AuthenticationFailureHandler {

        private final LoginThrottle throttle;

        Failure(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public void onAuthenticationFailure(
                HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                throws IOException {
            String email = request.getParameter(SecurityConfiguration.USERNAME_PARAMETER);
            throttle.recordFailure(email, request.getRemoteAddr());
            String outcome = throttle.isBlocked(email, request.getRemoteAddr()) ? "throttled" : "error";
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE + "?" + outcome);
        }
    }
}
