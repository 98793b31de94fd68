package dk.jobandel.agreements;

import dk.jobandel.agreements.WorkingTimeRules.Commitment;
import dk.jobandel.agreements.core.BookingRules;
import dk.jobandel.shared.WeekGrid;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agreement aggregate's rows: {@code agreement}, its people in {@code agreement_party} and a pool agreement's parts
 * in {@code agreement_part}; and the savepoint and per-person locks that making one runs under. Ending names the
 * version it was based on, so of two concurrent changes exactly one is taken.
 */
@Component
class AgreementStore {

    /** The advisory-lock class (first key) of "agreements of this person": the two-key form, apart from others. */
    private static final int PERSON_LOCK = 0x4A_41_41_47; // "JAAG"

    private final JdbcClient jdbc;

    AgreementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What ending an agreement is checked against.
     *
     * @param party whether the actor is one of its freelancers
     */
    record EndFacts(
            long organisationId,
            AgreementStatus status,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            long version,
            boolean party) {}

    void savepoint() {
        jdbc.sql("savepoint agreement_creation").update();
    }

    /** Takes back everything done since {@link #savepoint}; the caller's transaction goes on. */
    void undo() {
        jdbc.sql("rollback to savepoint agreement_creation").update();
        jdbc.sql("release savepoint agreement_creation").update();
    }

    void release() {
        jdbc.sql("release savepoint agreement_creation").update();
    }

    /** Makes the person's agreements one at a time until the transaction ends. */
    void lockPerson(long freelancerId) {
        jdbc.sql("select pg_advisory_xact_lock(:lockClass, cast(:person % 2147483647 as integer))")
                .param("lockClass", PERSON_LOCK)
                .param("person", freelancerId)
                .query((rs, row) -> 1)
                .single();
    }

    long insert(Draft draft, Instant now) {
        Terms terms = draft.terms();
        return jdbc.sql("""
                        insert into agreement (role_id, pool_id, organisation_id, proposal_id, start_date, end_date,
                                               status, role_title, municipality_code, work_mode, handover_minutes,
                                               pay_kind, pay_from, pay_to, pension_percent, collective_agreement,
                                               collective_agreement_name, open_to_flexjob, created_at)
                        values (:role, :pool, :organisation, :proposal, :start, :end, 'ACTIVE', :title, :municipality,
                                :workMode, :handover, :payKind, :payFrom, :payTo, :pension, :collective,
                                :collectiveName, :flexjob, :now)
                        returning id
                        """)
                .param("role", draft.roleId())
                .param("pool", draft.poolId())
                .param("organisation", draft.organisationId())
                .param("proposal", draft.proposalId())
                .param("start", Date.valueOf(draft.startDate()))
                .param("end", draft.endDate() == null ? null : Date.valueOf(draft.endDate()))
                .param("title", terms.roleTitle())
                .param("municipality", terms.municipalityCode())
                .param("workMode", terms.workMode().name())
                .param("handover", terms.handoverMinutes())
                .param("payKind", terms.payKind().name())
                .param("payFrom", terms.payFrom())
                .param("payTo", terms.payTo())
                .param("pension", terms.pensionPercent())
                .param("collective", terms.collectiveAgreement())
                .param("collectiveName", terms.collectiveAgreementName())
                .param("flexjob", terms.openToFlexjob())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void insertParty(long agreementId, NewAgreement.Party party, int position) {
        jdbc.sql("""
                        insert into agreement_party (agreement_id, freelancer_id, position, slots, half_hours)
                        values (:agreement, :freelancer, :position, :slots, :halfHours)
                        """)
                .param("agreement", agreementId)
                .param("freelancer", party.freelancerId())
                .param("position", position)
                .param("slots", party.slots().toBytes())
                .param("halfHours", party.slots().slotCount())
                .update();
    }

    void insertParts(long agreementId, List<NewPoolAgreement.Part> parts) {
        for (NewPoolAgreement.Part part : parts) {
            jdbc.sql("""
                            insert into agreement_part (agreement_id, need_id, organisation_id, title, slots, half_hours)
                            values (:agreement, :need, :organisation, :title, :slots, :halfHours)
                            """)
                    .param("agreement", agreementId)
                    .param("need", part.needId())
                    .param("organisation", part.organisationId())
                    .param("title", part.title())
                    .param("slots", part.slots().toBytes())
                    .param("halfHours", part.halfHours())
                    .update();
        }
    }

    /** Every party's other agreements that touch the new dates, give or take a day (for the night between). */
    Map<Long, List<Commitment>> commitments(long agreementId, Draft draft) {
        Map<Long, List<Commitment>> byPerson = new HashMap<>();
        BookingRules.Window window = BookingRules.window(draft.startDate(), draft.endDate());
        jdbc.sql("""
                        select p.freelancer_id, a.start_date, a.end_date, p.slots
                        from agreement_party p join agreement a on a.id = p.agreement_id
                        where p.freelancer_id in (:people) and a.id <> :agreement
                          and daterange(a.start_date, a.end_date, '[]')
                              && daterange(cast(:from as date), cast(:until as date), '[)')
                        """)
                .param(
                        "people",
                        draft.parties().stream()
                                .map(NewAgreement.Party::freelancerId)
                                .toList())
                .param("agreement", agreementId)
                .param("from", Date.valueOf(window.from()))
                .param("until", window.until() == null ? null : Date.valueOf(window.until()))
                .query(rs -> {
                    byPerson.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Commitment(
                                    rs.getObject(2, LocalDate.class),
                                    rs.getObject(3, LocalDate.class),
                                    WeekGrid.fromBytes(rs.getBytes(4))));
                });
        return byPerson;
    }

    /** The facts ending is checked against, and whether the actor is one of its freelancers. */
    Optional<EndFacts> endFacts(long agreementId, long actorId) {
        return jdbc.sql("""
                        select a.organisation_id, a.status, a.start_date, a.end_date, a.version,
                               exists (select 1 from agreement_party p
                                       where p.agreement_id = a.id and p.freelancer_id = :actor)
                        from agreement a where a.id = :id
                        """)
                .param("id", agreementId)
                .param("actor", actorId)
                .query((rs, row) -> new EndFacts(
                        rs.getLong(1),
                        AgreementStatus.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getLong(5),
                        rs.getBoolean(6)))
                .optional();
    }

    /** Ends the agreement after {@code lastDay} if it is still at {@code version}; whether it was. */
    boolean markEnded(long agreementId, long version, LocalDate lastDay, Instant now) {
        return jdbc.sql("""
                        update agreement set status = 'ENDED', end_date = :lastDay, ended_at = :now,
                                             version = version + 1
                        where id = :id and version = :version
                        """)
                        .param("lastDay", Date.valueOf(lastDay))
                        .param("now", Timestamp.from(now))
                        .param("id", agreementId)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** The agreement made from a proposal, if one was. */
    Optional<Long> idForProposal(long proposalId) {
        return jdbc.sql("select id from agreement where proposal_id = :proposal order by id limit 1")
                .param("proposal", proposalId)
                .query(Long.class)
                .optional();
    }
}
