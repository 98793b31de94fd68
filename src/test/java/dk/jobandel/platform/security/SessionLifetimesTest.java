package dk.jobandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.platform.SignedInMember;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLifetimesTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2027-03-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    record Member(String role) implements SignedInMember {
        @Override
        public long accountId() {
            return 1;
        }

        @Override
        public String displayName() {
            return "Test";
        }

        @Override
        public java.util.Locale preferredLocale() {
            return java.util.Locale.ROOT;
        }

        @Override
        public boolean hasRole(String role) {
            return this.role.equals(role);
        }
    }

    private final MovingClock clock = new MovingClock();
    private final SessionLifetimes lifetimes = new SessionLifetimes(
            clock, Duration.ofHours(2), Duration.ofHours(12), Duration.ofMinutes(30), Duration.ofHours(8));

    @Test
    void consultantsAndAdminsGetAShorterIdleTimeoutThanOtherMembers() {
        var freelancer = new MockHttpSession();
        lifetimes.start(freelancer, new Member("FREELANCER"));
        var consultant = new MockHttpSession();
        lifetimes.start(consultant, new Member("CONSULTANT"));
        var admin = new MockHttpSession();
        lifetimes.start(admin, new Member("ADMIN"));
        assertThat(freelancer.getMaxInactiveInterval()).isEqualTo(7200);
        assertThat(consultant.getMaxInactiveInterval()).isEqualTo(1800);
        assertThat(admin.getMaxInactiveInterval()).isEqualTo(1800);
    }

    @Test
    void aBusySessionStillEndsAtItsAbsoluteLifetime() throws Exception {
        var consultant = new MockHttpSession();
        lifetimes.start(consultant, new Member("CONSULTANT"));
        var freelancer = new MockHttpSession();
        lifetimes.start(freelancer, new Member("FREELANCER"));

        clock.now = clock.now.plus(Duration.ofHours(7).plusMinutes(59));
        assertThat(pass(consultant).getRedirectedUrl()).isNull();

        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(pass(consultant).getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(consultant.isInvalid()).isTrue();
        assertThat(pass(freelancer).getRedirectedUrl()).isNull();

        clock.now = clock.now.plus(Duration.ofHours(4));
        assertThat(pass(freelancer).getRedirectedUrl()).isEqualTo("/login?expired");
    }

    @Test
    void aSessionWithoutASignInIsLeftAlone() throws Exception {
        var anonymous = new MockHttpSession();
        clock.now = clock.now.plus(Duration.ofDays(3));
        assertThat(pass(anonymous).getRedirectedUrl()).isNull();
    }

    private MockHttpServletResponse pass(MockHttpSession session) throws Exception {
        var request = new MockHttpServletRequest("GET", "/dashboard");
        request.setSession(session);
        var response = new MockHttpServletResponse();
        new SessionLifetimes.Filter(lifetimes).doFilter(request, response, new MockFilterChain());
        return response;
    }
}
