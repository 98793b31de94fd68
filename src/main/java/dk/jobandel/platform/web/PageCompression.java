package dk.jobandel.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Compresses the HTML pages with gzip at deflate's fastest level (1), where Tomcat's own compression uses the default
 * level (6) and offers no setting for it (ADR 0017). On the consultant's freelancer list (48 KB of HTML) level 6 took
 * a third of the page's CPU time; level 1 makes the page 13 % larger (8.0 against 7.1 KB) in a quarter of the time.
 *
 * <p>A page is compressed when the browser accepts gzip, the answer is HTML of at least {@code
 * server.compression.min-response-size} with a body (not 204, 206 or 304; a form page answered 400 is compressed too),
 * has no encoding yet, and was not sent, redirected or handed to the error page ({@code sendError}) on the way.
 * Everything else (static assets, downloads, small answers, HEAD requests, the error pages of the error dispatch) is
 * left to Tomcat's compression, which does not compress an answer a second time. Only on when {@code
 * server.compression.enabled} is.
 *
 * <p>The page is held in memory until it is complete, as Thymeleaf does already ({@code
 * spring.thymeleaf.servlet.produce-partial-output-while-processing=false}); an exception on the way is left to the
 * error handling with nothing sent. Other answers to a browser that accepts gzip (the CSV and data exports) are held
 * too before they are sent as they are; they are small. No controller answers asynchronously: one that did would need
 * the answer finished on its async dispatch, as {@code ShallowEtagHeaderFilter} does.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
@ConditionalOnBooleanProperty("server.compression.enabled")
class PageCompression extends OncePerRequestFilter {

    private final long minSize;

    PageCompression(@Value("${server.compression.min-response-size:2KB}") DataSize minSize) {
        this.minSize = minSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "HEAD".equals(request.getMethod())
                || AssetOrProbe.is(request)
                || !acceptsGzip(request.getHeaders(HttpHeaders.ACCEPT_ENCODING));
    }

    /**
     * Whether the {@code Accept-Encoding} headers accept gzip: named without {@code q=0}, or not named and {@code *}
     * accepted (RFC 9110, 12.5.3: {@code *} stands for the codings not named).
     */
    static boolean acceptsGzip(Enumeration<String> headers) {
        Boolean named = null;
        boolean any = false;
        while (headers.hasMoreElements()) {
            for (String coding : headers.nextElement().split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].strip().toLowerCase(Locale.ROOT);
                if (name.equals("gzip") || name.equals("x-gzip")) {
                    named = Boolean.TRUE.equals(named) || !refused(parts);
                } else if (name.equals("*")) {
                    any = !refused(parts);
                }
            }
        }
        return named != null ? named : any;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip()) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var page = new Page(response);
        chain.doFilter(request, page);
        if (compressible(page, response)) {
            ByteArrayOutputStream compressed = gzip(page);
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            if (response.getHeaders(HttpHeaders.VARY).stream()
                    .noneMatch(vary -> vary.toLowerCase(Locale.ROOT).contains("accept-encoding"))) {
                response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            }
            response.setContentLength(compressed.size());
            compressed.writeTo(response.getOutputStream());
        } else {
            page.copyBodyToResponse();
        }
    }

    private boolean compressible(Page page, HttpServletResponse response) {
        int status = response.getStatus();
        String type = response.getContentType();
        return !response.isCommitted()
                && !page.sentOnward
                && status >= 200
                && status != HttpServletResponse.SC_NO_CONTENT
                && status != HttpServletResponse.SC_PARTIAL_CONTENT
                && status != HttpServletResponse.SC_NOT_MODIFIED
                && type != null
                && type.regionMatches(true, 0, "text/html", 0, "text/html".length())
                && response.getHeader(HttpHeaders.CONTENT_ENCODING) == null
                && page.getContentSize() > 0
                && page.getContentSize() >= minSize;
    }

    private static ByteArrayOutputStream gzip(Page page) throws IOException {
        var compressed = new ByteArrayOutputStream(page.getContentSize() / 4 + 64);
        try (var out = new FastestGzip(compressed);
                var body = page.getContentInputStream()) {
            body.transferTo(out);
        }
        return compressed;
    }

    /**
     * The page held in memory, and whether it went to the error page or elsewhere on the way: Tomcat does not commit a
     * response on {@code sendError} or {@code sendRedirect} (it only stops writing to it) and keeps its headers for the
     * error page, which must not be labelled gzip.
     */
    private static final class Page extends ContentCachingResponseWrapper {

        private boolean sentOnward;

        Page(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sentOnward = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sentOnward = true;
            super.sendError(status, message);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            sentOnward = true;
            super.sendRedirect(location);
        }
    }

    /** gzip at deflate's level 1; the stream ends its deflater when closed. */
    private static final class FastestGzip extends GZIPOutputStream {

        FastestGzip(OutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
