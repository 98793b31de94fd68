package dk.jobandel.testsupport;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Lets MockMvc tests keep a member signed in by passing the {@code MockHttpSession} of their login to
 * later requests, as they did before sessions moved to PostgreSQL: the id of the member's Spring Session
 * rides along as an attribute of that mock session. Real HTTP requests (browser journeys, two-node tests)
 * keep using the session cookie, exactly as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessionIds {

    static final String SESSION_ID = MockMvcSessionIds.class.getName() + ".id";

    @Bean
    HttpSessionIdResolver httpSessionIdResolver() {
        return new Resolver(new CookieHttpSessionIdResolver());
    }

    record Resolver(CookieHttpSessionIdResolver cookies) implements HttpSessionIdResolver {

        @Override
        public List<String> resolveSessionIds(HttpServletRequest request) {
            MockHttpServletRequest mock = mockBehind(request);
            if (mock == null) {
                return cookies.resolveSessionIds(request);
            }
            HttpSession session = mock.getSession(false);
            Object id = session == null ? null : session.getAttribute(SESSION_ID);
            return id == null ? cookies.resolveSessionIds(request) : List.of((String) id);
        }

        @Override
        public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
            cookies.setSessionId(request, response, sessionId);
            MockHttpServletRequest mock = mockBehind(request);
            if (mock != null) {
                mock.getSession(true).setAttribute(SESSION_ID, sessionId);
            }
        }

        @Override
        public void expireSession(HttpServletRequest request, HttpServletResponse response) {
            cookies.expireSession(request, response);
            MockHttpServletRequest mock = mockBehind(request);
            HttpSession session = mock == null ? null : mock.getSession(false);
            if (session != null) {
                session.removeAttribute(SESSION_ID);
            }
        }

        private static MockHttpServletRequest mockBehind(ServletRequest request) {
            ServletRequest current = request;
            while (current instanceof ServletRequestWrapper wrapper) {
                current = wrapper.getRequest();
            }
            return current instanceof MockHttpServletRequest mock ? mock : null;
        }
    }
}
