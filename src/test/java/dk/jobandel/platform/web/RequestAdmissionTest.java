package dk.jobandel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The admission control's rules, on the filter alone: the limit, the order of turns, the wait, what passes freely. */
class RequestAdmissionTest {

    final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    final UnavailablePage busyPage = mock(UnavailablePage.class);
    final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    RequestAdmission admission(int limit, Duration maxWait) {
        var beans = new DefaultListableBeanFactory();
        beans.registerSingleton("metrics", metrics);
        return new RequestAdmission(limit, maxWait, 10, busyPage, beans.getBeanProvider(MeterRegistry.class));
    }

    static MockHttpServletRequest request(String path) {
        var request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return request;
    }

    /** A request in progress that holds its place until {@link #finish()}. */
    final class Held {
        private final CountDownLatch release = new CountDownLatch(1);
        private final Future<?> request;

        Held(RequestAdmission admission) throws InterruptedException {
            var entered = new CountDownLatch(1);
            request = threads.submit(() -> {
                admission.doFilter(request("/offers"), new MockHttpServletResponse(), (req, res) -> {
                    entered.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            assertThat(entered.await(10, TimeUnit.SECONDS))
                    .as("the held request got its place")
                    .isTrue();
        }

        void finish() throws Exception {
            release.countDown();
            request.get(10, TimeUnit.SECONDS);
        }
    }

    static void until(IntSupplier figure, int value) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (figure.getAsInt() != value) {
            assertThat(System.nanoTime()).as("still waiting for %d", value).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void waitingRequestsAreLetInOneAtATimeInTheOrderTheyCame() throws Exception {
        RequestAdmission admission = admission(1, Duration.ofSeconds(30));
        var first = new Held(admission);

        List<String> order = new CopyOnWriteArrayList<>();
        List<Future<?>> later = new java.util.ArrayList<>();
        for (String who : List.of("second", "third", "fourth")) {
            int before = admission.waiting();
            later.add(threads.submit(() -> {
                admission.doFilter(request("/roles"), new MockHttpServletResponse(), (req, res) -> order.add(who));
                return null;
            }));
            until(admission::waiting, before + 1);
        }
        assertThat(admission.inProgress()).isEqualTo(1);
        assertThat(order).isEmpty();

        first.finish();
        for (Future<?> request : later) {
            request.get(10, TimeUnit.SECONDS);
        }
        assertThat(order).containsExactly("second", "third", "fourth");
        assertThat(admission.inProgress()).isZero();
        verify(busyPage, never()).answer(any(), any(), any());
    }

    @Test
    void aRequestThatWaitedTooLongGetsTheBusyPageAndIsCounted() throws Exception {
        RequestAdmission admission = admission(1, Duration.ofMillis(100));
        var first = new Held(admission);

        var chain = new MockFilterChain();
        var response = new MockHttpServletResponse();
        MockHttpServletRequest late = request("/roles");
        admission.doFilter(late, response, chain);

        assertThat(chain.getRequest()).as("the page itself never ran").isNull();
        verify(busyPage).answer(eq(late), eq(response), eq(UnavailablePage.Reason.BUSY));
        assertThat(metrics.get("jobandel.requests.turned.away")
                        .functionCounter()
                        .count())
                .isEqualTo(1);

        first.finish();
        var afterwards = new MockFilterChain();
        admission.doFilter(request("/roles"), new MockHttpServletResponse(), afterwards);
        assertThat(afterwards.getRequest()).as("the place is free again").isNotNull();
    }

    @Test
    void probesMetricsAndStaticAssetsAreNeverHeldBack() throws Exception {
        RequestAdmission admission = admission(1, Duration.ofMillis(50));
        var first = new Held(admission);

        for (String path : List.of(
                "/actuator/health/liveness",
                "/actuator/prometheus",
                "/css/app-0123abcd.css",
                "/js/availability.js",
                "/webjars/htmx.org/2.0.10/dist/htmx.min.js",
                "/favicon.ico")) {
            var chain = new MockFilterChain();
            admission.doFilter(request(path), new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).as(path).isNotNull();
        }
        var page = new MockFilterChain();
        admission.doFilter(request("/cssless-page"), new MockHttpServletResponse(), page);
        assertThat(page.getRequest())
                .as("a page whose path merely starts alike waits")
                .isNull();

        first.finish();
    }

    @Test
    void theMetricsShowTheLimitAndWhatIsInProgress() throws Exception {
        RequestAdmission admission = admission(3, Duration.ofSeconds(1));
        var first = new Held(admission);

        assertThat(metrics.get("jobandel.requests.limit").gauge().value()).isEqualTo(3);
        assertThat(metrics.get("jobandel.requests.in.progress").gauge().value()).isEqualTo(1);
        assertThat(metrics.get("jobandel.requests.waiting").gauge().value()).isZero();

        first.finish();
        assertThat(metrics.get("jobandel.requests.in.progress").gauge().value()).isZero();
    }

    @Test
    void aPageThatFailsGivesItsPlaceBack() throws Exception {
        RequestAdmission admission = admission(1, Duration.ofMillis(50));
        MockHttpServletRequest failing = request("/roles");
        assertThatThrownBy(() -> admission.doFilter(failing, new MockHttpServletResponse(), (req, res) -> {
                    throw new IllegalStateException("a bug in the page");
                }))
                .hasMessage("a bug in the page");

        assertThat(admission.inProgress()).isZero();
        var next = new MockFilterChain();
        admission.doFilter(request("/roles"), new MockHttpServletResponse(), next);
        assertThat(next.getRequest()).isNotNull();
    }

    @Test
    void underAContextPathTheAssetsStillPassFreely() throws Exception {
        RequestAdmission admission = admission(1, Duration.ofMillis(50));
        var first = new Held(admission);

        var asset = new MockHttpServletRequest("GET", "/jobandel/css/app-0123abcd.css");
        asset.setContextPath("/jobandel");
        var chain = new MockFilterChain();
        admission.doFilter(asset, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();

        first.finish();
    }

    @Test
    void withoutASettingTheLimitIsThreePerProcessorButNoMoreThanThePoolsConnections() {
        int processors = Runtime.getRuntime().availableProcessors();
        assertThat(RequestAdmission.defaultLimit(100)).isEqualTo(3 * processors);
        assertThat(RequestAdmission.defaultLimit(2)).isEqualTo(Math.min(2, 3 * processors));
        assertThat(admission(0, Duration.ofSeconds(5)).limit()).isEqualTo(Math.min(10, 3 * processors));
    }
}
