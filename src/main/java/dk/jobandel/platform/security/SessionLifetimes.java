package dk.jobandel.platform.security;

import dk.jobandel.platform.SessionDetails;
import dk.jobandel.platform.SignedInMember;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a signed-in session lives: an idle timeout (the session's max inactive interval, set at sign-in) and an
 * absolute lifetime counted from the sign-in, after which the member signs in again however busy they were. Both are
 * shorter for consultants and admins, who can read everyone's data.
 */
public class SessionLifetimes {

    private final Clock clock;
    private final Duration memberIdle;
    private final Duration memberAbsolute;
    private final Duration staffIdle;
    private final Duration staffAbsolute;

    SessionLifetimes(
            Clock clock, Duration memberIdle, Duration memberAbsolute, Duration staffIdle, Duration staffAbsolute) {
        this.clock = clock;
        this.memberIdle = memberIdle;
        this.memberAbsolute = memberAbsolute;
        this.staffIdle = staffIdle;
        this.staffAbsolute = staffAbsolute;
    }

    static boolean isStaff(SignedInMember member) {
        return member.consultant();
    }

    /** At sign-in: the idle timeout for the member's roles, and the moment the absolute lifetime counts from. */
    void start(HttpSession session, SignedInMember member) {
        session.setMaxInactiveInterval((int) (isStaff(member) ? staffIdle : memberIdle).toSeconds());
        session.setAttribute(SessionDetails.SIGNED_IN_AT, clock.millis());
        session.setAttribute(
                SessionDetails.ABSOLUTE_SECONDS, (isStaff(member) ? staffAbsolute : memberAbsolute).toSeconds());
    }

    boolean expired(HttpSession session) {
        Object signedInAt = session.getAttribute(SessionDetails.SIGNED_IN_AT);
        Object seconds = session.getAttribute(SessionDetails.ABSOLUTE_SECONDS);
        if (!(signedInAt instanceof Long at) || !(seconds instanceof Long lifetime)) {
            return false;
        }
        return Instant.ofEpochMilli(at).plusSeconds(lifetime).isBefore(clock.instant());
    }

    /** Ends a session that outlived its absolute lifetime, before anything else reads it. */
    static final class Filter extends OncePerRequestFilter {

        private final SessionLifetimes lifetimes;

        Filter(SessionLifetimes lifetimes) {
            this.lifetimes = lifetimes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            if (session != null && lifetimes.expired(session)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE + "?expired");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
