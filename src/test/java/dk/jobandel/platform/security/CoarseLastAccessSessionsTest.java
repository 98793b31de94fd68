package dk.jobandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/** The decorator's two savings, with Spring Session's storage replaced by a mock that counts its reads. */
class CoarseLastAccessSessionsTest {

    @SuppressWarnings("unchecked")
    final FindByIndexNameSessionRepository<Session> stored = mock(FindByIndexNameSessionRepository.class);

    final CoarseLastAccessSessions sessions = new CoarseLastAccessSessions(stored, Duration.ofMinutes(1));
    final MapSession session = new MapSession("s-1");

    @AfterEach
    void endRequest() {
        CoarseLastAccessSessions.endOfRequest();
    }

    @Test
    void theLookUpAfterASaveInTheSameRequestIsAnsweredWithoutReadingTheStore() {
        when(stored.findById("s-1")).thenReturn(session);
        var found = sessions.findById("s-1");
        sessions.save(found);

        assertThat(sessions.findById("s-1").getId()).isEqualTo("s-1");
        verify(stored, times(1)).findById("s-1");
        // only once: a third look-up reads the store again
        sessions.findById("s-1");
        verify(stored, times(2)).findById("s-1");
    }

    @Test
    void aNewRequestReadsTheStoreAlthoughTheThreadSavedTheSessionBefore() {
        when(stored.findById("s-1")).thenReturn(session);
        sessions.save(sessions.findById("s-1"));
        CoarseLastAccessSessions.endOfRequest();

        sessions.findById("s-1");
        verify(stored, times(2)).findById("s-1");
    }

    @Test
    void anotherIdOrADeletedSessionIsReadFromTheStore() {
        when(stored.findById("s-1")).thenReturn(session);
        sessions.save(sessions.findById("s-1"));
        assertThat(sessions.findById("s-2")).isNull();
        verify(stored).findById("s-2");

        sessions.save(sessions.findById("s-1"));
        sessions.deleteById("s-1");
        when(stored.findById("s-1")).thenReturn(null);
        assertThat(sessions.findById("s-1")).isNull();
    }

    @Test
    void theLastAccessIsOnlyMovedWhenItMovedByTheResolution() {
        Instant start = Instant.parse("2026-12-06T10:00:00Z");
        session.setLastAccessedTime(start);
        when(stored.findById("s-1")).thenReturn(session);
        var found = sessions.findById("s-1");

        found.setLastAccessedTime(start.plusSeconds(59));
        assertThat(session.getLastAccessedTime()).isEqualTo(start);
        found.setLastAccessedTime(start.plusSeconds(60));
        assertThat(session.getLastAccessedTime()).isEqualTo(start.plusSeconds(60));
    }
}
