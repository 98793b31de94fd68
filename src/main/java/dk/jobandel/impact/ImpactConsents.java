package dk.jobandel.impact;

import dk.jobandel.impact.core.Gender;
import dk.jobandel.impact.core.Situation;
import dk.jobandel.impact.core.StatedProfile;
import dk.jobandel.platform.ConsentLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A freelancer's consent to impact statistics and what they stated for them (gender, birth year, labour-market
 * situation). Only the person sees or changes it; figures use it only in aggregate and only while it is given.
 * Withdrawing deletes it.
 */
@Service
public class ImpactConsents {

    private final JdbcClient jdbc;
    private final Clock clock;

    private final ConsentLog consentLog;
    private final ImpactFactsChanges changes;

    ImpactConsents(JdbcClient jdbc, Clock clock, ConsentLog consentLog, ImpactFactsChanges changes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.consentLog = consentLog;
        this.changes = changes;
    }

    /** What the person stated, with the version for optimistic locking. */
    public record Consent(StatedProfile stated, long version) {}

    /** Another tab changed or withdrew the consent since the form was read. */
    public static final class ConsentChanged extends RuntimeException {

        ConsentChanged() {
            super("The consent changed since it was read");
        }
    }

    @Transactional(readOnly = true)
    public Optional<Consent> of(long accountId) {
        return jdbc.sql("select gender, birth_year, situation, version from impact_consent where account_id = :id")
                .param("id", accountId)
                .query((rs, row) -> new Consent(
                        new StatedProfile(
                                Gender.valueOf(rs.getString(1)), rs.getInt(2), Situation.valueOf(rs.getString(3))),
                        rs.getLong(4)))
                .optional();
    }

    /**
     * Gives or changes the consent. {@code basedOnVersion} is {@code null} when the form showed no consent; a consent
     * given or changed in the meantime is refused with {@link ConsentChanged}.
     */
    @Transactional
    public void give(long accountId, StatedProfile stated, @org.jspecify.annotations.Nullable Long basedOnVersion) {
        int changed;
        if (basedOnVersion == null) {
            changed = jdbc.sql("""
                            insert into impact_consent (account_id, gender, birth_year, situation, consented_at)
                            values (:id, :gender, :year, :situation, :now)
                            on conflict (account_id) do nothing
                            """)
                    .param("id", accountId)
                    .param("gender", stated.gender().name())
                    .param("year", stated.birthYear())
                    .param("situation", stated.situation().name())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        } else {
            changed = jdbc.sql("""
                            update impact_consent set gender = :gender, birth_year = :year, situation = :situation,
                                   consented_at = :now, version = version + 1
                            where account_id = :id and version = :version
                            """)
                    .param("id", accountId)
                    .param("gender", stated.gender().name())
                    .param("year", stated.birthYear())
                    .param("situation", stated.situation().name())
                    .param("now", Timestamp.from(clock.instant()))
                    .param("version", basedOnVersion)
                    .update();
        }
        if (changed == 0) {
            throw new ConsentChanged();
        }
        changes.changed();
        if (basedOnVersion == null) {
            // the consent record the member's privacy page shows, with the time and the notice's version
            consentLog.given(accountId, ConsentLog.Purpose.IMPACT_STATISTICS);
        }
    }

    /** Withdraws the consent (here or on the member's privacy page): what was stated is deleted. */
    @Transactional
    public void withdraw(long accountId) {
        int deleted = jdbc.sql("delete from impact_consent where account_id = :id")
                .param("id", accountId)
                .update();
        if (deleted > 0) {
            changes.changed();
            consentLog.withdrawn(accountId, ConsentLog.Purpose.IMPACT_STATISTICS);
        }
    }

    /** Everything stated by people who consent, by account id (for aggregate figures only). */
    @Transactional(readOnly = true)
    Map<Long, StatedProfile> all() {
        Map<Long, StatedProfile> stated = new HashMap<>();
        jdbc.sql("select account_id, gender, birth_year, situation from impact_consent")
                .query(rs -> {
                    stated.put(
                            rs.getLong(1),
                            new StatedProfile(
                                    Gender.valueOf(rs.getString(2)), rs.getInt(3), Situation.valueOf(rs.getString(4))));
                });
        return stated;
    }
}
