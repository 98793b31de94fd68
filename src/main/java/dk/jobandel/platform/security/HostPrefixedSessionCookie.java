package dk.jobandel.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie. Served over HTTPS it is {@code __Host-JOBANDEL_SESSION}: Secure, path {@code /}, no domain,
 * so that no other host (a sibling subdomain, say) can set or overwrite it. Over plain HTTP (a developer's
 * {@code localhost}) a browser refuses {@code __Host-} cookies, so it keeps the plain name there. HttpOnly and
 * SameSite=Lax either way.
 */
@Configuration(proxyBeanMethods = false)
class HostPrefixedSessionCookie {

    static final String PLAIN_NAME = "JOBANDEL_SESSION";
    static final String SECURE_NAME = "__Host-" + PLAIN_NAME;

    @Bean
    CookieSerializer cookieSerializer() {
        return new Serializer(serializer(PLAIN_NAME, false), serializer(SECURE_NAME, true));
    }

    private static DefaultCookieSerializer serializer(String name, boolean secure) {
        var serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setUseSecureCookie(secure);
        return serializer;
    }

    record Serializer(DefaultCookieSerializer plain, DefaultCookieSerializer secure) implements CookieSerializer {

        @Override
        public void writeCookieValue(CookieValue cookieValue) {
            (cookieValue.getRequest().isSecure() ? secure : plain).writeCookieValue(cookieValue);
        }

        @Override
        public List<String> readCookieValues(HttpServletRequest request) {
            return (request.isSecure() ? secure : plain).readCookieValues(request);
        }
    }
}
