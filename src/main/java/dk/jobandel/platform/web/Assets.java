package dk.jobandel.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.webjars.WebJarVersionLocator;

/**
 * URLs of the static assets, versioned and resolved once. Pages use them as {@code ${#assets.htmx}} or
 * {@code ${#assets.url('/css/app.css')}} (see {@link AssetsDialect}). Resolving asset paths per link per
 * request is a known hot spot (spring-framework#34014), and a versioned URL never changes, so browsers may
 * keep it for a year ({@link StaticResources}).
 *
 * <ul>
 *   <li>WebJars: the version is taken from the WebJar's metadata at start-up, e.g.
 *       {@code /webjars/htmx.org/2.0.10/dist/htmx.min.js}.
 *   <li>Our own files under {@code static/}: the MD5 of the content goes into the name, e.g.
 *       {@code /css/app-5f2b….css}, worked out by Spring's content version strategy the first time a page
 *       asks for it and remembered (in the {@code dev} profile, {@code jobandel.web.assets-cached=false}, it is
 *       worked out each time, so an edited file shows at once).
 * </ul>
 */
@Component
public class Assets {

    private final String htmx;
    private final String pico;
    private final ObjectProvider<ResourceUrlProvider> urls;
    private final boolean cached;
    private final Map<String, String> versioned = new ConcurrentHashMap<>();

    Assets(ObjectProvider<ResourceUrlProvider> urls, @Value("${jobandel.web.assets-cached:true}") boolean cached) {
        this.urls = urls;
        this.cached = cached;
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

    /**
     * The versioned URL of one of our own static files, given by its plain path ({@code /css/app.css}); the
     * plain path itself when the file is unknown (it then answers 404, as a typo should).
     */
    public String url(String path) {
        return cached ? versioned.computeIfAbsent(path, this::resolve) : resolve(path);
    }

    private String resolve(String path) {
        ResourceUrlProvider provider = urls.getIfAvailable();
        String resolved = provider == null ? null : provider.getForLookupPath(path);
        return resolved == null ? path : resolved;
    }
}
