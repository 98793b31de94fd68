package dk.jobandel.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

/**
 * The cookie that marks a browser as one that signed in before (see {@link LoginThrottle}). Like the session cookie
 * it is {@code __Host-}-prefixed and Secure over HTTPS and keeps a plain name on a developer's {@code localhost}.
 * HttpOnly; it carries a random token and nothing else.
 */
final class KnownDeviceCookie {

    static final String PLAIN_NAME = "JOBANDEL_DEVICE";
    static final String SECURE_NAME = "__Host-" + PLAIN_NAME;
    static final Duration KEPT_FOR = LoginThrottle.DEVICE_FORGOTTEN_AFTER;

    private KnownDeviceCookie() {}

    static @Nullable String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        String name = request.isSecure() ? SECURE_NAME : PLAIN_NAME;
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String token) {
        boolean secure = request.isSecure();
        var cookie = ResponseCookie.from(secure ? SECURE_NAME : PLAIN_NAME, token)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .maxAge(KEPT_FOR)
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }
}
