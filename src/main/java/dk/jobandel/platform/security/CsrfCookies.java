package dk.jobandel.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * CSRF tokens in a cookie instead of the session (issue 12): a visitor who only reads the front page, the login page
 * or a sign-up form gets no session row in PostgreSQL, and a bot cannot fill the session table by asking for pages.
 * The form's hidden field must still match the cookie (Spring Security's double-submit check, with its per-request
 * masking against BREACH).
 *
 * <p>Over HTTPS the cookie is {@code __Host-JOBANDEL_CSRF}: Secure, path {@code /}, no domain, so that a sibling
 * subdomain cannot plant a token of its choosing (cookie tossing). On a developer's plain-HTTP {@code localhost} a
 * browser refuses {@code __Host-} cookies, so it keeps the plain name there, as the session cookie does. HttpOnly and
 * SameSite=Lax either way: pages carry the token in their forms, no script reads it.
 */
record CsrfCookies(CookieCsrfTokenRepository plain, CookieCsrfTokenRepository secure) implements CsrfTokenRepository {

    static final String PLAIN_NAME = "JOBANDEL_CSRF";
    static final String SECURE_NAME = "__Host-" + PLAIN_NAME;

    static CsrfCookies create() {
        return new CsrfCookies(repository(PLAIN_NAME, false), repository(SECURE_NAME, true));
    }

    private static CookieCsrfTokenRepository repository(String name, boolean secure) {
        var repository = new CookieCsrfTokenRepository();
        repository.setCookieName(name);
        repository.setCookiePath("/");
        repository.setCookieCustomizer(
                cookie -> cookie.httpOnly(true).secure(secure).sameSite("Lax"));
        return repository;
    }

    private CookieCsrfTokenRepository of(HttpServletRequest request) {
        return request.isSecure() ? secure : plain;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return of(request).generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        of(request).saveToken(token, request, response);
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return of(request).loadToken(request);
    }
}
