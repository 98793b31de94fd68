package dk.jobandel.platform.security;

import dk.jobandel.platform.SessionDetails;
import dk.jobandel.platform.SignedInMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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
        private final SessionLifetimes lifetimes;

        Success(LoginThrottle throttle, LocaleResolver localeResolver, SessionLifetimes lifetimes) {
            this.throttle = throttle;
            this.localeResolver = localeResolver;
            this.lifetimes = lifetimes;
            setDefaultTargetUrl("/dashboard");
        }

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, jakarta.servlet.ServletException {
            String email = request.getParameter(SecurityConfiguration.USERNAME_PARAMETER);
            if (email != null
                    && request.getAttribute(LoginThrottleFilter.ATTEMPT) instanceof LoginThrottle.Attempt attempt) {
                KnownDeviceCookie.write(request, response, throttle.succeeded(attempt, email));
            }
            if (authentication.getPrincipal() instanceof SignedInMember member) {
                localeResolver.setLocale(request, response, member.preferredLocale());
                rememberDetails(request, member);
                lifetimes.start(request.getSession(), member);
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /** What the member's account page shows of this session: which browser, from where. */
    static void rememberDetails(HttpServletRequest request, SignedInMember member) {
        HttpSession session = request.getSession();
        session.setAttribute(SessionDetails.ACCOUNT_INDEX, SessionDetails.indexOf(member.accountId()));
        String agent = request.getHeader("User-Agent");
        session.setAttribute(SessionDetails.USER_AGENT, agent == null ? "" : truncate(agent, 400));
        session.setAttribute(SessionDetails.ADDRESS, truncate(request.getRemoteAddr(), 64));
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
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
            // the attempt was counted as a failure when it began (LoginThrottleFilter)
            String outcome = throttle.waitNow(email, request.getRemoteAddr(), KnownDeviceCookie.read(request))
                            .isZero()
                    ? "error"
                    : "throttled";
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE + "?" + outcome);
        }
    }
}
