package dk.jobandel.agreements;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.audit.Subject;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.platform.PersonalData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agreements and bookings of the person. They are kept for 5 years under the bookkeeping rules: erasure removes
 * nothing here, the account they name becomes anonymous and the amounts stay. A running agreement must be ended
 * first, because the person is still employed under it.
 */
@Component
class AgreementPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final MemberLookups members;

    AgreementPersonalData(JdbcClient jdbc, Clock clock, AuditTrail audit, MemberLookups members) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.members = members;
    }

    @Override
    public String name() {
        return "agreements";
    }

    @Override
    public Set<String> tables() {
        return Set.of("agreement_party", "booking");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        var ids = jdbc.sql("select agreement_id from agreement_party where freelancer_id = :id order by 1")
                .param("id", accountId)
                .query(Long.class)
                .list();
        var history = audit
                .timeline(ids.stream()
                        .map(id -> new Subject(Agreements.SUBJECT_TYPE, id))
                        .toList())
                .stream()
                .map(e -> Map.of(
                        "agreement",
                        e.subject().id(),
                        "from",
                        e.fromState() == null ? "" : e.fromState(),
                        "to",
                        e.toState(),
                        "by",
                        e.actorName() == null ? "" : e.actorName(),
                        "reason",
                        e.reason() == null ? "" : e.reason(),
                        "at",
                        e.at().toOffsetDateTime().toString()))
                .toList();
        return Map.of(
                "historyOfYourAgreements",
                history,
                "agreements",
                agreements(accountId),
                "bookings",
                jdbc.sql("""
                                select agreement_id, lower(period) as first_day, upper(period) - 1 as last_day,
                                       lower(slots) as from_half_hour, upper(slots) as to_half_hour
                                from booking where freelancer_id = :id order by agreement_id, id
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList());
    }

    /**
     * The person's agreements, each with its employer's name in place of its id (the name comes from the members
     * module): two statements.
     */
    private List<Map<String, @Nullable Object>> agreements(long accountId) {
        List<Map<String, @Nullable Object>> rows = jdbc.sql("""
                        select a.id, a.role_title, a.organisation_id as organisation, a.start_date, a.end_date,
                               a.status, a.pay_kind, a.pay_from, a.pay_to, a.pension_percent,
                               a.collective_agreement_name, p.half_hours, p.slots
                        from agreement_party p join agreement a on a.id = p.agreement_id
                        where p.freelancer_id = :id order by a.start_date, a.id
                        """).param("id", accountId).query().listOfRows().stream()
                .map(PersonalData::row)
                .toList();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, String> names = members.organisationNames(rows.stream()
                .map(row -> ((Number) row.get("organisation")).longValue())
                .distinct()
                .toList());
        return rows.stream()
                .map(row -> {
                    Map<String, @Nullable Object> named = new LinkedHashMap<>(row);
                    named.put("organisation", names.get(((Number) row.get("organisation")).longValue()));
                    return named;
                })
                .toList();
    }

    @Override
    public List<Blocker> blockers(long accountId) {
        return jdbc
                .sql("""
                        select a.role_title from agreement_party p join agreement a on a.id = p.agreement_id
                        where p.freelancer_id = :id and a.status = 'ACTIVE'
                          and (a.end_date is null or a.end_date >= :today) order by a.start_date
                        """)
                .param("id", accountId)
                .param("today", LocalDate.now(clock))
                .query(String.class)
                .list()
                .stream()
                .map(title -> new Blocker("privacy.blocked.activeAgreement", List.<Object>of(title)))
                .toList();
    }

    @Override
    public void erase(Erasure erasure) {
        // kept: the rows name the account by id only, and the account is anonymised last
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("agreements", List.of(5), true));
    }
}
