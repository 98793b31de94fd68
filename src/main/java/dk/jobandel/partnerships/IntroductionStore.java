package dk.jobandel.partnerships;

import dk.jobandel.partnerships.core.IntroductionAnswers.Answer;
import dk.jobandel.partnerships.core.IntroductionAnswers.Status;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The introductions' writes that {@link Introductions} decides on, and the facts it asks: the versions of the need
 * and the SØV's profile an introduction was proposed on, and the answers so far, read with the row locked.
 */
final class IntroductionStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    IntroductionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A need's version and status. */
    record NeedVersion(long version, String status) {

        boolean open() {
            return "OPEN".equals(status);
        }
    }

    Optional<NeedVersion> need(long needId) {
        return jdbc.sql("select version, status from partnership_need where id = :id")
                .param("id", needId)
                .query((rs, row) -> new NeedVersion(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** The version of the SØV's profile, if it has one. */
    Optional<Long> profileVersion(long sovId) {
        return jdbc.sql("select version from sov_profile where organisation_id = :id")
                .param("id", sovId)
                .query(Long.class)
                .optional();
    }

    /** Whether the same introduction was declined on these very versions of the need and the profile. */
    boolean declinedUnchanged(long needId, long sovId, long needVersion, long profileVersion) {
        return jdbc.sql("""
                        select count(*) from partnership_introduction where need_id = :need and sov_organisation_id = :sov
                          and status = 'DECLINED' and need_version = :nv and profile_version = :pv
                        """)
                        .param("need", needId)
                        .param("sov", sovId)
                        .param("nv", needVersion)
                        .param("pv", profileVersion)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A new introduction on these versions; refused when one is there already. Returns its id. */
    long insert(long needId, long sovId, long by, long needVersion, long profileVersion, String note) {
        try {
            return jdbc.sql("""
                            insert into partnership_introduction (need_id, sov_organisation_id, proposed_by, proposed_at,
                                need_version, profile_version, note)
                            values (:need, :sov, :by, :at, :nv, :pv, :note) returning id
                            """)
                    .param("need", needId)
                    .param("sov", sovId)
                    .param("by", by)
                    .param("at", Timestamp.from(clock.instant()))
                    .param("nv", needVersion)
                    .param("pv", profileVersion)
                    .param("note", note.strip())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException alreadyThere) {
            throw new PartnershipRefused("ALREADY_PROPOSED");
        }
    }

    /** The two parties and their answers so far. */
    record Answers(
            long firm,
            long sov,
            @Nullable Answer firmAnswer,
            @Nullable Answer sovAnswer) {}

    /** The answers, with the introduction's row locked until the transaction ends, so that answers are serialised. */
    Optional<Answers> lockAnswers(long id) {
        return jdbc.sql("""
                        select n.organisation_id, i.sov_organisation_id, i.firm_answer, i.sov_answer
                        from partnership_introduction i join partnership_need n on n.id = i.need_id
                        where i.id = :id for update of i
                        """)
                .param("id", id)
                .query((rs, r) -> new Answers(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3) == null ? null : Answer.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : Answer.valueOf(rs.getString(4))))
                .optional();
    }

    void saveAnswers(long id, @Nullable Answer firm, @Nullable Answer sov, Status status) {
        jdbc.sql("""
                        update partnership_introduction set firm_answer = :firm, sov_answer = :sov, status = :status,
                            version = version + 1
                        where id = :id
                        """)
                .param("firm", firm == null ? null : firm.name())
                .param("sov", sov == null ? null : sov.name())
                .param("status", status.name())
                .param("id", id)
                .update();
    }
}
