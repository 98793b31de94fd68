package dk.jobandel.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

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
 */
final class CoarseLastAccessSessions
        implements FindByIndexNameSessionRepository<CoarseLastAccessSessions.CoarseSession> {

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
    }

    @Override
    public @Nullable CoarseSession findById(String id) {
        Session found = delegate.findById(id);
        return found == null ? null : new CoarseSession(found);
    }

    @Override
    public void deleteById(String id) {
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
