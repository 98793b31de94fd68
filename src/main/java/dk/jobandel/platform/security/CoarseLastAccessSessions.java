package dk.jobandel.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session JDBC's repository, except that a request writes the session's last access only when it has moved
 * by at least {@code jobandel.session.last-access-resolution} (a minute) since the stored one (issue 12). Spring
 * Session sets the last access on every request, which marks the session changed and costs an {@code UPDATE} of its
 * row, under that row's lock, for every page, although nothing else changed. Here the storage is still Spring
 * Session's {@code JdbcIndexedSessionRepository}: this decorator only decides whether a request's last access is
 * news, and hands every other call (attributes, the id, the idle timeout, saving, finding, deleting) through.
 *
 * <p>The price: the stored last access may lag the real one by up to the resolution, so a session idle for its whole
 * timeout ends at most that much <em>early</em>, never late (Spring Session computes the expiry from the stored last
 * access). The resolution is kept far below the shortest idle timeout (30 minutes for staff).
 *
 * <p>It also saves the second read of the session on every page. Spring Session commits the session twice per request
 * (when the response is committed, and again when its filter ends) and clears its per-request cache at each commit,
 * so the second commit reads the session again ({@code findById}) only to learn the requested id, which it already
 * had (spring-projects/spring-session#1424 and #1731, open). Here the session that this thread saved answers the next
 * look-up of the same id on the same thread, once; {@link #endOfRequest()} forgets it when the request ends, so it
 * never outlives the request that saved it.
 */
final class CoarseLastAccessSessions
        implements FindByIndexNameSessionRepository<CoarseLastAccessSessions.CoarseSession> {

    /** The session this thread saved last, until the next look-up or the end of the request. */
    private static final ThreadLocal<Session> SAVED_IN_THIS_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<Session> delegate;
    private final Duration resolution;

    @SuppressWarnings("unchecked")
    CoarseLastAccessSessions(FindByIndexNameSessionRepository<? extends Session> delegate, Duration resolution) {
        this.delegate = (FindByIndexNameSessionRepository<Session>) delegate;
        this.resolution = resolution;
    }

    /** Wraps the application's session repository (Spring Session JDBC's) once it is configured. */
    static BeanPostProcessor decorating(Duration resolution) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof FindByIndexNameSessionRepository<?> repository
                                && !(bean instanceof CoarseLastAccessSessions)
                        ? new CoarseLastAccessSessions(repository, resolution)
                        : bean;
            }
        };
    }

    @Override
    public CoarseSession createSession() {
        return new CoarseSession(delegate.createSession());
    }

    @Override
    public void save(CoarseSession session) {
        delegate.save(session.stored);
        SAVED_IN_THIS_REQUEST.set(session.stored);
    }

    @Override
    public @Nullable CoarseSession findById(String id) {
        Session saved = SAVED_IN_THIS_REQUEST.get();
        if (saved != null) {
            SAVED_IN_THIS_REQUEST.remove();
            if (saved.getId().equals(id) && !saved.isExpired()) {
                return new CoarseSession(saved);
            }
        }
        // one SELECT in auto-commit: no transaction and no COMMIT round trip (SessionStoreTransactions)
        Session found = SessionStoreTransactions.reading(() -> delegate.findById(id));
        return found == null ? null : new CoarseSession(found);
    }

    /** Forgets the session this thread saved: called when a request ends (see {@link #forgettingAtTheEnd()}). */
    static void endOfRequest() {
        SAVED_IN_THIS_REQUEST.remove();
    }

    /**
     * A filter around Spring Session's own (which runs at {@code SessionRepositoryFilter.DEFAULT_ORDER}): when the
     * request is over, this thread no longer remembers the session it saved.
     */
    static FilterRegistrationBean<OncePerRequestFilter> forgettingAtTheEnd() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } finally {
                    endOfRequest();
                }
            }
        });
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setName("forgetSavedSession");
        return registration;
    }

    @Override
    public void deleteById(String id) {
        SAVED_IN_THIS_REQUEST.remove();
        delegate.deleteById(id);
    }

    @Override
    public Map<String, CoarseSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, CoarseSession> sessions = new LinkedHashMap<>();
        delegate.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> sessions.put(id, new CoarseSession(session)));
        return sessions;
    }

    /** A stored session whose last access is only moved (and so written) when it moved by the resolution. */
    final class CoarseSession implements Session {

        private final Session stored;

        CoarseSession(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(resolution))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, @Nullable Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
