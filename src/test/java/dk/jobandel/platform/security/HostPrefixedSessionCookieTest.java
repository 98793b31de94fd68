package dk.jobandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;

class HostPrefixedSessionCookieTest {

    private final org.springframework.session.web.http.CookieSerializer serializer =
            new HostPrefixedSessionCookie().cookieSerializer();

    private String cookieFor(boolean https) {
        var request = new MockHttpServletRequest();
        request.setSecure(https);
        var response = new MockHttpServletResponse();
        serializer.writeCookieValue(new CookieValue(request, response, "abc"));
        return response.getHeader("Set-Cookie");
    }

    @Test
    void overHttpsTheCookieIsHostPrefixedAndSecure() {
        assertThat(cookieFor(true))
                .startsWith("__Host-JOBANDEL_SESSION=")
                .contains("; Path=/", "; Secure", "; HttpOnly", "; SameSite=Lax")
                .doesNotContain("Domain=");
    }

    @Test
    void overPlainHttpItKeepsThePlainName() {
        assertThat(cookieFor(false)).startsWith("JOBANDEL_SESSION=").doesNotContain("Secure");
    }
}
