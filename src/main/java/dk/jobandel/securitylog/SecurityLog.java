package dk.jobandel.securitylog;

import dk.jobandel.members.OrganisationRejected;
import dk.jobandel.members.OrganisationVerified;
import dk.jobandel.members.OwnershipChanged;
import dk.jobandel.members.StaffRemoved;
import dk.jobandel.platform.SecurityEvent;
import dk.jobandel.platform.SignedInMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records security events and lists them for admins; events older than a year are deleted. */
@Service
public class SecurityLog {

    private static final Logger log = LoggerFactory.getLogger("dk.jobandel.security");

    /** One recorded event as the admin page shows it. */
    public record Entry(
            long id,
            Instant at,
            String kind,
            @Nullable Long accountId,
            @Nullable Long actorId,
            @Nullable String subject,
            @Nullable String address,
            @Nullable String detail) {}

    /** The admin page's filters; blank ones filter nothing. */
    public record Filter(
            @Nullable String kind,
            @Nullable String subject,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {}

    public record Page(List<Entry> entries, int number, boolean hasNext) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    private final int keepDays;

    SecurityLog(
            JdbcClient jdbc,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${jobandel.privacy.security-event-days:365}")
                    int keepDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keepDays = keepDays;
    }

    @EventListener
    void on(SecurityEvent event) {
        record(event.kind(), event.accountId(), event.actorId(), null, null, event.detail());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        record("SIGN_IN", accountOf(authentication), null, authentication.getName(), addressOf(authentication), null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        record(
                "SIGN_IN_FAILED",
                null,
                null,
                truncate(attempt.getName(), 254),
                addressOf(attempt),
                event.getException().getClass().getSimpleName());
    }

    /** Denied access of a signed-in member (a visitor who is only asked to sign in is not recorded). */
    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return;
        }
        String what = event.getSource() instanceof jakarta.servlet.http.HttpServletRequest request
                ? request.getMethod() + " " + truncate(request.getRequestURI(), 200)
                : null;
        record(
                "ACCESS_DENIED",
                accountOf(authentication),
                null,
                authentication.getName(),
                addressOf(authentication),
                what);
    }

    @EventListener
    void on(StaffRemoved removed) {
        record(
                "STAFF_REMOVED",
                removed.accountId(),
                removed.removedBy(),
                null,
                null,
                "organisation " + removed.organisationId());
    }

    /** A signed-in member got a 404 that may stand for a denial ({@link ConcealedDenials}). */
    void concealed(Authentication authentication, String request) {
        record(
                "NOT_FOUND_DENIED",
                accountOf(authentication),
                null,
                authentication.getName(),
                addressOf(authentication),
                truncate(request, 220));
    }

    @EventListener
    void on(OwnershipChanged changed) {
        record(
                changed.owner() ? "OWNER_ADDED" : "OWNER_REMOVED",
                changed.accountId(),
                changed.changedBy(),
                null,
                null,
                "organisation " + changed.organisationId());
    }

    @EventListener
    void on(OrganisationVerified verified) {
        record(
                "ORGANISATION_VERIFIED",
                null,
                verified.consultantAccountId(),
                null,
                null,
                "organisation " + verified.organisationId());
    }

    @EventListener
    void on(OrganisationRejected rejected) {
        record(
                "ORGANISATION_REJECTED",
                null,
                rejected.consultantAccountId(),
                null,
                null,
                "organisation " + rejected.organisationId());
    }

    /** A page of events, newest first. */
    @Transactional(readOnly = true)
    public Page page(Filter filter, int number, int size) {
        List<Entry> rows = jdbc.sql("""
                        select id, at, kind, account_id, actor_id, subject, address, detail from security_event
                        where (cast(:kind as text) is null or kind = :kind)
                          and (cast(:subject as text) is null or subject ilike '%' || :subject || '%')
                          and (cast(:from as timestamptz) is null or at >= :from)
                          and (cast(:to as timestamptz) is null or at < :to)
                        order by at desc, id desc
                        limit :limit offset :offset
                        """)
                .param("kind", blankToNull(filter.kind()))
                .param("subject", blankToNull(filter.subject()))
                .param("from", filter.from() == null ? null : Timestamp.from(startOf(filter.from())))
                .param(
                        "to",
                        filter.to() == null
                                ? null
                                : Timestamp.from(startOf(filter.to().plusDays(1))))
                .param("limit", size + 1)
                .param("offset", (long) number * size)
                .query((rs, row) -> new Entry(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        (Long) rs.getObject(4),
                        (Long) rs.getObject(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
        boolean hasNext = rows.size() > size;
        return new Page(hasNext ? rows.subList(0, size) : rows, number, hasNext);
    }

    @Transactional(readOnly = true)
    public List<String> kinds() {
        return jdbc.sql("select distinct kind from security_event order by kind")
                .query(String.class)
                .list();
    }

    /**
     * Deletes the events older than {@code jobandel.privacy.security-event-days} (a year, issue 13). The privacy
     * module's daily retention run calls it on one node, through {@link SecurityLogPersonalData#removeExpired}.
     *
     * @return how many events went
     */
    int keepDays() {
        return keepDays;
    }

    @Transactional
    public int forgetOldEvents() {
        Instant cutoff = clock.instant().minus(java.time.Duration.ofDays(keepDays));
        return jdbc.sql("delete from security_event where at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    private void record(
            String kind,
            @Nullable Long accountId,
            @Nullable Long actorId,
            @Nullable String subject,
            @Nullable String address,
            @Nullable String detail) {
        log.info(
                "security_event kind={} account={} actor={} subject=\"{}\" address={} detail=\"{}\"",
                kind,
                accountId,
                actorId,
                oneLine(subject),
                address,
                oneLine(detail));
        jdbc.sql("""
                        insert into security_event (at, kind, account_id, actor_id, subject, address, detail)
                        values (:at, :kind, :account, :actor, :subject, :address, :detail)
                        """)
                .param("at", Timestamp.from(clock.instant()))
                .param("kind", kind)
                .param("account", accountId)
                .param("actor", actorId)
                .param("subject", subject)
                .param("address", address)
                .param("detail", truncate(detail, 500))
                .update();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static @Nullable Long accountOf(Authentication authentication) {
        return authentication.getPrincipal() instanceof SignedInMember member ? member.accountId() : null;
    }

    private static @Nullable String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Log lines stay one line whatever a client typed (no forged log entries). */
    private static String oneLine(@Nullable String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\"]", "_");
    }

    private static @Nullable String truncate(@Nullable String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
