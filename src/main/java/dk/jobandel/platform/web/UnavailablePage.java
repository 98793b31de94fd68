package dk.jobandel.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The 503 page ({@code templates/error/503.html}) in the visitor's language, with {@code Retry-After}. It is rendered
 * directly by the filters that answer before anything else has run, without the layout (which needs the session, kept
 * in the database) and without an error dispatch (which would pass the session store again).
 */
@Component
class UnavailablePage {

    /** Why the page cannot be served: each has its own text, since the advice to the visitor differs. */
    enum Reason {
        /** PostgreSQL cannot be reached. */
        DATABASE,
        /** This server has more requests than it works on at once, and this one waited too long for its turn. */
        BUSY
    }

    private final SpringTemplateEngine templates;
    private final LocaleResolver locales;
    private final Assets assets;

    UnavailablePage(SpringTemplateEngine templates, LocaleResolver locales, Assets assets) {
        this.templates = templates;
        this.locales = locales;
        this.assets = assets;
    }

    void answer(HttpServletRequest request, HttpServletResponse response, Reason reason) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", reason == Reason.BUSY ? "2" : "10");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setLocale(locale);
        Map<String, Object> model = new HashMap<>();
        model.put("assets", assets);
        model.put("busy", reason == Reason.BUSY);
        model.put("retry", retryAddress(request));
        String page = templates.process("error/503", new Context(locale, model));
        response.getWriter().write(page);
    }

    /**
     * Where "try again" leads: the same page with its query (a filtered list stays filtered) when a page was asked for,
     * none after a form was sent, since following a link would not send it again.
     */
    static @Nullable String retryAddress(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI();
        if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
            // these filters run before Spring Security's firewall: "//host/..." would be a link to another site
            return "/";
        }
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }
}
