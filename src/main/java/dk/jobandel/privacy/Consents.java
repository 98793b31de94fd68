package dk.jobandel.privacy;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.impact.ImpactConsents;
import dk.jobandel.members.Accounts;
import dk.jobandel.members.Role;
import dk.jobandel.platform.ConsentLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent records: each consent with its time and the notice's version, withdrawn from the member's privacy page.
 * Withdrawing the consent to situation facts deletes the facts at once.
 */
@Service
public class Consents implements ConsentLog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PrivacySettings settings;
    // lazily: the profiles record their consents here, so they cannot be built before this
    private final ObjectProvider<FreelancerProfiles> profiles;
    // lazily as well: the impact module records its consents here
    private final ObjectProvider<ImpactConsents> impactConsents;

    private final Accounts accounts;

    Consents(
            JdbcClient jdbc,
            Clock clock,
            PrivacySettings settings,
            ObjectProvider<FreelancerProfiles> profiles,
            ObjectProvider<ImpactConsents> impactConsents,
            Accounts accounts) {
        this.impactConsents = impactConsents;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.settings = settings;
        this.profiles = profiles;
    }

    /** A purpose as the member's page shows it: the latest record, if any. */
    public record Consent(
            Purpose purpose,
            @Nullable String noticeVersion,
            @Nullable Instant givenAt,
            @Nullable Instant withdrawnAt) {

        public boolean active() {
            return givenAt != null && withdrawnAt == null;
        }

        /**
         * Only this one is given from the privacy page; the others come with sign-up, with the profile's facts and
         * with the impact-statistics form (which asks what to count).
         */
        public boolean givenHere() {
            return purpose == Purpose.POOL_VISIBILITY;
        }
    }

    @Override
    @Transactional
    public void given(long accountId, Purpose purpose) {
        jdbc.sql("""
                        insert into consent_record (account_id, purpose, notice_version, given_at)
                        select :id, :purpose, :version, :now
                        where not exists (select 1 from consent_record where account_id = :id and purpose = :purpose
                                          and withdrawn_at is null)
                        """)
                .param("id", accountId)
                .param("purpose", purpose.name())
                .param("version", settings.noticeVersion())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    @Transactional
    public void withdrawn(long accountId, Purpose purpose) {
        jdbc.sql("""
                        update consent_record set withdrawn_at = :now
                        where account_id = :id and purpose = :purpose and withdrawn_at is null
                        """)
                .param("id", accountId)
                .param("purpose", purpose.name())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Withdrawn from the privacy page; situation facts are deleted in the same transaction. */
    @Transactional
    public void withdraw(long accountId, Purpose purpose) {
        if (purpose == Purpose.SIGN_UP_TERMS) {
            throw new IllegalArgumentException("Withdrawing the sign-up terms is erasing the account");
        }
        if (purpose == Purpose.IMPACT_STATISTICS) {
            // what was stated for the statistics goes too; that records the withdrawal
            impactConsents.getObject().withdraw(accountId);
        }
        withdrawn(accountId, purpose);
        if (purpose == Purpose.SITUATION_FACTS) {
            profiles.getObject().forgetSituation(accountId);
        } else if (purpose == Purpose.POOL_VISIBILITY && isFreelancer(accountId)) {
            profiles.getObject().changePoolWish(accountId, false);
        }
    }

    /**
     * Given from the privacy page. The consent to being shown in pools is the profile's pool wish, so giving it
     * here ticks that too.
     */
    @Transactional
    public void give(long accountId, Purpose purpose) {
        if (purpose != Purpose.POOL_VISIBILITY) {
            throw new IllegalArgumentException(purpose + " is given where its data is entered");
        }
        given(accountId, purpose);
        if (purpose == Purpose.POOL_VISIBILITY && isFreelancer(accountId)) {
            profiles.getObject().changePoolWish(accountId, true);
        }
    }

    private boolean isFreelancer(long accountId) {
        return accounts.find(accountId)
                .map(account -> account.getRoles().contains(Role.FREELANCER))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean has(long accountId, Purpose purpose) {
        return of(accountId).stream().anyMatch(c -> c.purpose() == purpose && c.active());
    }

    /** Every purpose with its latest record, in the order of {@link Purpose}: one statement. */
    @Transactional(readOnly = true)
    public List<Consent> of(long accountId) {
        Map<Purpose, Consent> latest = jdbc
                .sql("""
                        select distinct on (purpose) purpose, notice_version, given_at, withdrawn_at
                        from consent_record where account_id = :id order by purpose, given_at desc, id desc
                        """)
                .param("id", accountId)
                .query((rs, row) -> new Consent(
                        Purpose.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list()
                .stream()
                .collect(Collectors.toMap(Consent::purpose, Function.identity()));
        return Arrays.stream(Purpose.values())
                .map(p -> latest.getOrDefault(p, new Consent(p, null, null, null)))
                .toList();
    }
}
