package dk.jobandel.platform.web;

import org.springframework.stereotype.Component;
import org.webjars.WebJarVersionLocator;

/**
 * URLs of the front-end libraries, versioned and resolved once at start-up. Pages use them as
 * {@code ${#assets.htmx}} (see {@link AssetsDialect}): resolving WebJar paths per link per request is a known hot spot
 * (spring-framework#34014), and a versioned URL never changes, so browsers may cache it.
 */
@Component
public class Assets {

    private final String htmx;
    private final String pico;

    Assets() {
        var locator = new WebJarVersionLocator();
        this.htmx = url(locator, "htmx.org", "dist/htmx.min.js");
        this.pico = url(locator, "picocss__pico", "css/pico.min.css");
    }

    private static String url(WebJarVersionLocator locator, String webJar, String file) {
        String path = locator.path(webJar, file);
        if (path == null) {
            throw new IllegalStateException("WebJar file missing from the classpath: " + webJar + "/" + file);
        }
        return "/webjars/" + path;
    }

    public String getHtmx() {
        return htmx;
    }

    public String getPico() {
        return pico;
    }
}
