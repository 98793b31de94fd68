package dk.jobandel.members;

import dk.jobandel.members.MemberRegistration.NewPerson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff invite colleagues by e-mail. The invitation is a link with a random token that expires; only
 * a hash of the token is stored. The invitee chooses a name and password and joins the organisation.
 */
@Service
public class StaffInvitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final OrganisationRepository organisations;
    private final AccountRepository accounts;
    private final MemberRegistration registration;
    private final InvitationMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validFor;
    private final String publicUrl;
    private final int dailyCap;
    private final dk.jobandel.audit.AuditTrail audit;

    StaffInvitations(
            JdbcClient jdbc,
            OrganisationRepository organisations,
            AccountRepository accounts,
            MemberRegistration registration,
            InvitationMail mail,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${jobandel.invitations.valid-for:P7D}") Duration validFor,
            @Value("${jobandel.public-url}") String publicUrl,
            @Value("${jobandel.invitations.daily-cap:20}") int dailyCap,
            dk.jobandel.audit.AuditTrail audit) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.dailyCap = dailyCap;
        this.audit = audit;
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.accounts = accounts;
        this.registration = registration;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.validFor = validFor;
    }

    /**
     * A new invitation: the token goes into the link and is never stored in clear by this module (the
     * queued e-mail holds the link until the outbox's retention removes it).
     *
     * @param mailed whether a mail server will send the e-mail; otherwise only the inviter has the link
     */
    public record Invitation(String email, String token, String link, LocalDateTime expiresAt, boolean mailed) {}

    public record Pending(long id, String email, LocalDateTime expiresAt, boolean expired) {}

    /** What the invitation link leads to. */
    public enum Status {
        VALID,
        EXPIRED,
        USED,
        UNKNOWN,
        /** The address has an account already: an account belongs to one organisation. */
        HAS_ACCOUNT
    }

    public record Found(Status status, String email, String organisationName) {}

    /**
     * Invites a colleague to the acting member's organisation and queues the invitation e-mail in the
     * same transaction, written in the inviter's language. Only a verified organisation invites, at most
     * {@code jobandel.invitations.daily-cap} a day; the link is built from {@code jobandel.public-url}, never from
     * the request's Host header; every invitation is recorded in the audit trail (review finding 2).
     */
    @Transactional
    public Invitation invite(long staffAccountId, String email, Locale inviterLanguage) {
        Organisation organisation =
                organisations.findByStaffAccountId(staffAccountId).orElseThrow(() -> new OrganisationNotFound(0));
        if (organisation.getVerificationStatus() != VerificationStatus.VERIFIED) {
            throw new RegistrationRefused("email", "invitation.unverifiedOrganisation");
        }
        long today = jdbc.sql(
                        "select count(*) from staff_invitation where organisation_id = :organisation and created_at > :since")
                .param("organisation", organisation.getId())
                .param("since", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .query(Long.class)
                .single();
        if (today >= dailyCap) {
            throw new RegistrationRefused("email", "invitation.dailyCap");
        }
        if (!accounts.findById(staffAccountId).map(Account::isEmailVerified).orElse(false)) {
            throw new RegistrationRefused("email", "invitation.unconfirmed");
        }
        String normalised = Account.normaliseEmail(email);
        // review finding 8: the answer reads the same whether or not the address has an account; its owner is told
        // by e-mail instead of being invited, and the link, if opened, says the address has an account
        var existing = accounts.findByEmail(normalised);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(validFor);
        long invitationId = jdbc.sql("""
                        insert into staff_invitation (organisation_id, email, token_hash, invited_by, created_at, expires_at)
                        values (:organisation, :email, :hash, :by, :now, :expires)
                        returning id
                        """)
                .param("organisation", organisation.getId())
                .param("email", normalised)
                .param("hash", hash(token))
                .param("by", staffAccountId)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .query(Long.class)
                .single();
        audit.record("INVITATION", invitationId, null, "SENT", staffAccountId, null);
        String link = publicUrl + "/invitations/" + token;
        String inviterName =
                accounts.findById(staffAccountId).map(Account::getDisplayName).orElse("");
        boolean mailed = existing.isPresent()
                ? mail.enqueueToMember(
                        existing.get(), InvitationMail.plain(organisation.getName()), InvitationMail.plain(inviterName))
                : mail.enqueue(
                        normalised,
                        link,
                        InvitationMail.plain(organisation.getName()),
                        InvitationMail.plain(inviterName),
                        inviterLanguage);
        return new Invitation(normalised, token, link, LocalDateTime.ofInstant(expires, clock.getZone()), mailed);
    }

    @Transactional(readOnly = true)
    public List<Pending> pending(long staffAccountId) {
        Organisation organisation =
                organisations.findByStaffAccountId(staffAccountId).orElseThrow(() -> new OrganisationNotFound(0));
        Instant now = clock.instant();
        return jdbc.sql("""
                        select id, email, expires_at from staff_invitation
                        where organisation_id = :organisation and accepted_at is null and revoked_at is null
                        order by created_at desc, id desc
                        """)
                .param("organisation", organisation.getId())
                .query((rs, row) -> {
                    Instant expires = rs.getTimestamp(3).toInstant();
                    return new Pending(
                            rs.getLong(1),
                            rs.getString(2),
                            LocalDateTime.ofInstant(expires, clock.getZone()),
                            expires.isBefore(now));
                })
                .list();
    }

    /** Withdraws an invitation of the acting member's own organisation; others' are untouched. */
    @Transactional
    public boolean revoke(long staffAccountId, long invitationId) {
        Organisation organisation =
                organisations.findByStaffAccountId(staffAccountId).orElseThrow(() -> new OrganisationNotFound(0));
        return jdbc.sql("""
                        update staff_invitation set revoked_at = :now
                        where id = :id and organisation_id = :organisation and accepted_at is null and revoked_at is null
                        """)
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", invitationId)
                        .param("organisation", organisation.getId())
                        .update()
                == 1;
    }

    @Transactional(readOnly = true)
    public Found find(String token) {
        return row(token)
                .map(r -> new Found(status(r), r.email(), r.organisationName()))
                .orElse(new Found(Status.UNKNOWN, "", ""));
    }

    /**
     * The invitee joins: a staff account with the invited e-mail. Refused unless the invitation is
     * still valid; it can be used once.
     */
    @Transactional
    public long accept(String token, String displayName, String password, Locale language) {
        Row invitation = row(token)
                .filter(r -> status(r) == Status.VALID)
                .orElseThrow(() -> new RegistrationRefused("token", "invitation.invalid"));
        int claimed = jdbc.sql("update staff_invitation set accepted_at = :now where id = :id and accepted_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", invitation.id())
                .update();
        if (claimed != 1) {
            throw new RegistrationRefused("token", "invitation.invalid");
        }
        long accountId = registration.createConsentingAccount(
                new NewPerson(displayName, invitation.email(), password, language), EnumSet.of(Role.COOPERATIVE));
        organisations.findById(invitation.organisationId()).orElseThrow().addStaff(accountId);
        events.publishEvent(new ColleagueJoined(invitation.organisationId(), accountId));
        return accountId;
    }

    private record Row(
            long id,
            long organisationId,
            String organisationName,
            String email,
            Instant expiresAt,
            boolean accepted,
            boolean revoked) {}

    private Optional<Row> row(String token) {
        return jdbc.sql("""
                        select i.id, i.organisation_id, o.name, i.email, i.expires_at,
                               i.accepted_at is not null, i.revoked_at is not null
                        from staff_invitation i join organisation o on o.id = i.organisation_id
                        where i.token_hash = :hash
                        """)
                .param("hash", hash(token))
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6),
                        rs.getBoolean(7)))
                .optional();
    }

    private Status status(Row row) {
        if (row.accepted() || row.revoked()) {
            return Status.USED;
        }
        if (accounts.existsByEmail(row.email())) {
            return Status.HAS_ACCOUNT;
        }
        return row.expiresAt().isBefore(clock.instant()) ? Status.EXPIRED : Status.VALID;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
