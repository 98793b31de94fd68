package dk.jobandel.accounts;

import dk.jobandel.accounts.core.DeviceNames;
import dk.jobandel.accounts.core.DeviceNames.Device;
import dk.jobandel.members.StaffRemoved;
import dk.jobandel.platform.SessionDetails;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * A member's signed-in sessions (Spring Session JDBC, indexed by account at sign-in): listed on the account
 * page and ended from there, and ended for them when their password changes. A session is named on the
 * page by a hash of its id, never by the id itself, which would let anyone who sees the page's source act
 * as the member.
 */
@Service
public class MemberSessions {

    /** One session as the member sees it. */
    public record SignedIn(
            String handle, Device device, Instant signedInAt, Instant lastSeen, String address, boolean current) {}

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final org.springframework.context.ApplicationEventPublisher events;

    MemberSessions(
            FindByIndexNameSessionRepository<? extends Session> sessions,
            org.springframework.context.ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.events = events;
    }

    /** The member's live sessions, the current one first, then the most recently used. */
    public List<SignedIn> of(long accountId, @Nullable String currentSessionId) {
        return live(accountId).values().stream()
                .map(session -> view(session, currentSessionId))
                .sorted(Comparator.comparing(SignedIn::current)
                        .reversed()
                        .thenComparing(SignedIn::lastSeen, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * Ends one of the member's own sessions, named by its handle.
     *
     * @return whether the member had such a session (another member's is never touched)
     */
    public boolean end(long accountId, String handle) {
        for (var session : live(accountId).values()) {
            if (handleOf(session.getId()).equals(handle)) {
                sessions.deleteById(session.getId());
                events.publishEvent(dk.jobandel.platform.SecurityEvent.of("SESSION_ENDED", accountId));
                return true;
            }
        }
        return false;
    }

    /** Ends every session of the member except the one given (their current one). @return how many ended */
    public int endOthers(long accountId, @Nullable String keepSessionId) {
        int ended = 0;
        for (String id : live(accountId).keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        if (ended > 0) {
            events.publishEvent(
                    new dk.jobandel.platform.SecurityEvent("SESSIONS_ENDED", accountId, null, String.valueOf(ended)));
        }
        return ended;
    }

    /** Ends every session of the member. @return how many ended */
    public int endAll(long accountId) {
        return endOthers(accountId, null);
    }

    /** A colleague removed from an organisation loses its pages at once, not when their session runs out. */
    @EventListener
    void on(StaffRemoved removed) {
        endAll(removed.accountId());
    }

    private Map<String, ? extends Session> live(long accountId) {
        return sessions.findByPrincipalName(SessionDetails.indexOf(accountId));
    }

    private static SignedIn view(Session session, @Nullable String currentSessionId) {
        String agent = Objects.requireNonNullElse(session.getAttribute(SessionDetails.USER_AGENT), "");
        String address = Objects.requireNonNullElse(session.getAttribute(SessionDetails.ADDRESS), "");
        return new SignedIn(
                handleOf(session.getId()),
                DeviceNames.describe(agent),
                session.getCreationTime(),
                session.getLastAccessedTime(),
                address,
                session.getId().equals(currentSessionId));
    }

    static String handleOf(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
