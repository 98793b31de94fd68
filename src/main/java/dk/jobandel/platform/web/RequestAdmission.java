package dk.jobandel.platform.web;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admission control: this server works on at most a fixed number of requests at once
 * ({@code jobandel.web.admission.concurrent-requests}, by default three per CPU and at most the pool's connections),
 * and the others wait for their turn in
 * the order they came. A request that has waited {@code jobandel.web.admission.max-wait} without its turn gets the
 * "busy" 503 page ({@link UnavailablePage}) with {@code Retry-After}, never a hang.
 *
 * <p>Why: with virtual threads every connection's request runs at once. On two cores, 32 simultaneous requests then
 * queue again at every step (the CPU, the connection pool, PostgreSQL), and a request can be overtaken at each of
 * them: half the requests took 30 ms and one in a hundred 120-150 ms. With six admitted at a time, a request waits
 * once, in arrival order, and then runs through. The same page served as many requests a second with a p99 of 54-66
 * ms (docs/performance.md, "Admission control"). No more in progress than the pool has connections also means that a
 * busy server no longer runs out of connections.
 *
 * <p>The limit is for each server: several nodes each have their own CPUs. Health and metrics ({@code /actuator})
 * and the static assets (no database, a few microseconds each) are never held back, so a busy node is not taken for
 * a dead one and a page's stylesheet does not wait behind other members' pages. The queue's length, the requests in
 * progress and those turned away are metrics ({@code jobandel.requests.*}).
 *
 * <p>It runs after Spring's request observation, so {@code http.server.requests} includes the wait, and before the
 * session store, which is the first to use the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestAdmission extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAdmission.class);

    private static final long WARN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final int limit;
    private final Semaphore permits;
    private final long maxWaitNanos;
    private final UnavailablePage busyPage;
    private final LongAdder turnedAway = new LongAdder();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    RequestAdmission(
            @Value("${jobandel.web.admission.concurrent-requests:0}") int concurrentRequests,
            @Value("${jobandel.web.admission.max-wait:5s}") Duration maxWait,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
            UnavailablePage busyPage,
            ObjectProvider<MeterRegistry> registries) {
        this.limit = concurrentRequests > 0 ? concurrentRequests : defaultLimit(poolSize);
        this.permits = new Semaphore(limit, true);
        this.maxWaitNanos = maxWait.toNanos();
        this.busyPage = busyPage;
        registries.ifAvailable(this::register);
    }

    /**
     * Three places per CPU, but no more than the pool has connections: beyond that a request would only queue again at
     * the pool, and a busy pool would answer 503s after its 0.5 s connection time-out.
     */
    static int defaultLimit(int poolSize) {
        return Math.max(1, Math.min(3 * Runtime.getRuntime().availableProcessors(), poolSize));
    }

    private void register(MeterRegistry registry) {
        Gauge.builder("jobandel.requests.waiting", permits, Semaphore::getQueueLength)
                .description("Requests waiting for their turn (admission control)")
                .register(registry);
        Gauge.builder("jobandel.requests.in.progress", this, RequestAdmission::inProgress)
                .description("Requests being worked on, at most jobandel.requests.limit")
                .register(registry);
        Gauge.builder("jobandel.requests.limit", this, admission -> admission.limit)
                .description("Requests worked on at once at most (jobandel.web.admission.concurrent-requests)")
                .register(registry);
        FunctionCounter.builder("jobandel.requests.turned.away", turnedAway, LongAdder::sum)
                .description("Requests answered 503 (busy) after waiting jobandel.web.admission.max-wait")
                .register(registry);
    }

    int limit() {
        return limit;
    }

    int inProgress() {
        return limit - permits.availablePermits();
    }

    int waiting() {
        return permits.getQueueLength();
    }

    /**
     * Takes every free place at once, as if that many requests were in progress, and returns how many it took; {@link
     * #giveBack} returns exactly those. Only for the test that shows the busy page in a browser against the whole
     * application (BusyPageBrowserTest).
     */
    int occupyFreePlaces() {
        return permits.drainPermits();
    }

    void giveBack(int places) {
        permits.release(places);
    }

    /**
     * Error pages are limited too: they render the layout and read the session. The error dispatch comes after the
     * request's own pass through this filter has ended and given its place back, so it waits for a place of its own.
     */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** The probes and metrics, and the static assets of {@link StaticResources}, are never held back. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return AssetOrProbe.is(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admitted()) {
            turnedAway.increment();
            warnNowAndThen();
            busyPage.answer(request, response, UnavailablePage.Reason.BUSY);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private boolean admitted() throws ServletException {
        try {
            return permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            // the server is stopping this request's thread: no page can be written to it any more
            Thread.currentThread().interrupt();
            throw new ServletException("Interrupted while waiting for a place", e);
        }
    }

    /** One line a minute at most: under overload every request would otherwise log one. */
    private void warnNowAndThen() {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            log.warn(
                    "Busy: a request waited {} ms for one of the {} places and was answered 503; {} turned away since"
                            + " start, {} waiting now",
                    TimeUnit.NANOSECONDS.toMillis(maxWaitNanos),
                    limit,
                    turnedAway.sum(),
                    permits.getQueueLength());
        }
    }
}
