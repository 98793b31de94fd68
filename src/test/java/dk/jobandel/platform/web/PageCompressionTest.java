package dk.jobandel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class PageCompressionTest {

    /** A page of about 20 KB with Danish letters, as the list pages write them. */
    private static final String PAGE = "<!DOCTYPE html><html lang=\"da\"><body><table>"
            + "<tr><td>Søren Ærø</td><td>Bogføring</td><td>15–37</td></tr>".repeat(300)
            + "</table></body></html>";

    private final PageCompression filter = new PageCompression(DataSize.ofKilobytes(1));

    @Test
    void aPageIsSentGzippedWithItsLengthAndTheSameTextInside() throws Exception {
        var response = run(request("GET", "gzip, deflate, br"), page(200, "text/html;charset=UTF-8", PAGE));

        assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.getHeaders("Vary")).contains("Accept-Encoding");
        byte[] body = response.getContentAsByteArray();
        assertThat(response.getContentLength()).isEqualTo(body.length);
        assertThat(gunzip(body)).isEqualTo(PAGE);
        // deflate's fastest level: the gzip member is the level-1 stream with its 10-byte header and 8-byte trailer
        assertThat(body.length).isEqualTo(deflatedLength(PAGE, Deflater.BEST_SPEED) + 18);
        assertThat(deflatedLength(PAGE, Deflater.BEST_SPEED)).isNotEqualTo(deflatedLength(PAGE, 6));
    }

    @Test
    void aPageWithAFormErrorIsCompressedToo() throws Exception {
        var response = run(request("POST", "gzip"), page(400, "text/html;charset=UTF-8", PAGE));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(gunzip(response.getContentAsByteArray())).isEqualTo(PAGE);
    }

    @Test
    void browsersThatDoNotAcceptGzipGetThePlainPage() throws Exception {
        for (String accepted :
                new String[] {null, "br", "identity", "gzip;q=0", "gzip; q=0.0, br", "gzip;q=nonsense", "gzip;q=0, *"
                }) {
            var response = run(request("GET", accepted), page(200, "text/html;charset=UTF-8", PAGE));

            assertThat(response.getHeader("Content-Encoding")).as(accepted).isNull();
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .as(accepted)
                    .isEqualTo(PAGE);
        }
    }

    @Test
    void readsTheAcceptedEncodingsAsBrowsersWriteThem() {
        for (String accepted : List.of("gzip", "GZIP", "deflate, gzip;q=0.5", "x-gzip", "*", "br;q=1, gzip ; q=1.0")) {
            assertThat(PageCompression.acceptsGzip(Collections.enumeration(List.of(accepted))))
                    .as(accepted)
                    .isTrue();
        }
        assertThat(PageCompression.acceptsGzip(Collections.enumeration(List.of("br", "deflate, gzip;q=0"))))
                .isFalse();
        assertThat(PageCompression.acceptsGzip(Collections.enumeration(List.of("gzip;q=0, *"))))
                .as("* stands only for the codings not named")
                .isFalse();
        assertThat(PageCompression.acceptsGzip(Collections.enumeration(List.of("br, *;q=0"))))
                .isFalse();
        assertThat(PageCompression.acceptsGzip(Collections.enumeration(List.of("br", "gzip"))))
                .as("a second header")
                .isTrue();
    }

    @Test
    void smallAnswersOtherTypesAndAnswersWithoutABodyAreLeftAsTheyAre() throws Exception {
        var small = run(request("GET", "gzip"), page(200, "text/html;charset=UTF-8", "<p>Hej</p>"));
        var css = run(request("GET", "gzip"), page(200, "text/css", PAGE));
        var notModified = run(request("GET", "gzip"), page(304, "text/html;charset=UTF-8", ""));
        var noContent = run(request("GET", "gzip"), page(204, "text/html;charset=UTF-8", ""));
        var partial = run(request("GET", "gzip"), page(206, "text/html;charset=UTF-8", PAGE));

        assertThat(small.getContentAsString()).isEqualTo("<p>Hej</p>");
        assertThat(css.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(partial.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(PAGE);
        for (var response : List.of(small, css, notModified, noContent, partial)) {
            assertThat(response.getHeader("Content-Encoding")).isNull();
        }
    }

    @Test
    void anAnswerAlreadyEncodedIsNotEncodedAgain() throws Exception {
        var response = run(request("GET", "gzip"), (request, servletResponse, chain) -> {
            var http = (HttpServletResponse) servletResponse;
            http.setContentType("text/html;charset=UTF-8");
            http.setHeader("Content-Encoding", "br");
            http.getWriter().write(PAGE);
        });

        assertThat(response.getHeader("Content-Encoding")).isEqualTo("br");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void headRequestsAssetsAndProbesAreNotHeldInMemory() {
        var head = request("HEAD", "gzip");
        var asset = request("GET", "gzip");
        asset.setRequestURI("/css/app-0123.css");
        var probe = request("GET", "gzip");
        probe.setRequestURI("/actuator/health");

        assertThat(filter.shouldNotFilter(head)).isTrue();
        assertThat(filter.shouldNotFilter(asset)).isTrue();
        assertThat(filter.shouldNotFilter(probe)).isTrue();
        assertThat(filter.shouldNotFilter(request("GET", "gzip"))).isFalse();
    }

    /**
     * Tomcat does not commit a response on {@code sendError}; it renders the error page into it later, keeping its
     * headers. Whatever is written after the error must not be labelled gzip.
     */
    @Test
    void anErrorSentOnTheWayIsLeftToTheErrorPage() throws Exception {
        var tomcatLike = new MockHttpServletResponse() {
            @Override
            public void sendError(int status) {
                setStatus(status);
            }
        };
        filter.doFilter(
                request("GET", "gzip"),
                tomcatLike,
                new MockFilterChain(new jakarta.servlet.http.HttpServlet() {}, (request, servletResponse, chain) -> {
                    servletResponse.setContentType("text/html;charset=UTF-8");
                    ((HttpServletResponse) servletResponse).sendError(404);
                    servletResponse.getWriter().write(PAGE);
                }));

        assertThat(tomcatLike.getStatus()).isEqualTo(404);
        assertThat(tomcatLike.getHeader("Content-Encoding")).isNull();
        assertThat(tomcatLike.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void aPageThatFailsHalfWayIsNotSentHalfWritten() {
        var response = new MockHttpServletResponse();
        var failing = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {}, (request, servletResponse, c) -> {
            servletResponse.setContentType("text/html;charset=UTF-8");
            servletResponse.getWriter().write(PAGE.substring(0, 5000));
            throw new ServletException("the template failed");
        });

        assertThatThrownBy(() -> filter.doFilter(request("GET", "gzip"), response, failing))
                .isInstanceOf(ServletException.class);
        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    private static MockHttpServletRequest request(String method, String acceptEncoding) {
        var request = new MockHttpServletRequest(method, "/consultant/freelancers");
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        return request;
    }

    private static jakarta.servlet.Filter page(int status, String type, String body) {
        return (request, response, chain) -> {
            var http = (HttpServletResponse) response;
            http.setStatus(status);
            http.setContentType(type);
            http.setCharacterEncoding("UTF-8");
            http.getWriter().write(body);
        };
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, jakarta.servlet.Filter page)
            throws ServletException, IOException {
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {}, page));
        return response;
    }

    private static int deflatedLength(String text, int level) {
        var deflater = new Deflater(level, true);
        deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        byte[] buffer = new byte[1 << 16];
        int length = 0;
        while (!deflater.finished()) {
            length += deflater.deflate(buffer);
        }
        deflater.end();
        return length;
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
