package dk.jobandel.agreements;

import dk.jobandel.members.MemberLookups;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booked hours as evidence for another module (social procurement, issue 16): which of an employer's agreements a
 * person works under, and the hours their bookings add up to day by day. This class does not decide who may read
 * what: the caller asks only for people who have consented, and only for agreements of the employer acting. The
 * people's names come from the members module, in one look-up for all the placements.
 */
@Service
public class BookedHoursForEvidence {

    private final JdbcClient jdbc;
    private final MemberLookups members;

    BookedHoursForEvidence(JdbcClient jdbc, MemberLookups members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    /**
     * A person in one of an employer's agreements, with the agreement's kind of contract.
     *
     * @param payKind {@code HOURLY} or {@code MONTHLY}
     * @param collectiveAgreement the collective agreement's name, empty when none
     */
    public record Placement(
            long agreementId,
            long personAccountId,
            String personName,
            String roleTitle,
            LocalDate startDate,
            String payKind,
            boolean coveredByCollectiveAgreement,
            String collectiveAgreement) {}

    /** The people in the employer's agreements (role and pool agreements alike), newest first. */
    @Transactional(readOnly = true)
    public List<Placement> placementsOf(long employerOrganisationId) {
        return named(jdbc.sql(SELECT + " where a.organisation_id = :org order by a.start_date desc, a.id, p.position")
                .param("org", employerOrganisationId)
                .query((rs, row) -> placement(rs))
                .list());
    }

    /** The placement when the person works under the agreement and the agreement is the employer's; else empty. */
    @Transactional(readOnly = true)
    public Optional<Placement> placement(long employerOrganisationId, long agreementId, long personAccountId) {
        return named(jdbc.sql(SELECT
                                + " where a.organisation_id = :org and a.id = :agreement and p.freelancer_id = :person")
                        .param("org", employerOrganisationId)
                        .param("agreement", agreementId)
                        .param("person", personAccountId)
                        .query((rs, row) -> placement(rs))
                        .list())
                .stream()
                .findFirst();
    }

    /** Placements by agreement and person, whoever the employer (for showing links already made). */
    @Transactional(readOnly = true)
    public List<Placement> placements(List<Long> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        return named(jdbc.sql(SELECT + " where a.id in (:ids)")
                .param("ids", agreementIds)
                .query((rs, row) -> placement(rs))
                .list());
    }

    /** The placements with their people's names (empty for an account that has none), in one look-up. */
    private List<Placement> named(List<Placement> placements) {
        if (placements.isEmpty()) {
            return placements;
        }
        Map<Long, String> names = members.displayNames(
                placements.stream().map(Placement::personAccountId).distinct().toList());
        return placements.stream()
                .map(p -> new Placement(
                        p.agreementId(),
                        p.personAccountId(),
                        names.getOrDefault(p.personAccountId(), ""),
                        p.roleTitle(),
                        p.startDate(),
                        p.payKind(),
                        p.coveredByCollectiveAgreement(),
                        p.collectiveAgreement()))
                .toList();
    }

    private static final String SELECT = """
            select a.id, p.freelancer_id, '', coalesce(a.role_title, ''), a.start_date,
                   a.pay_kind, a.collective_agreement, a.collective_agreement_name
            from agreement a
            join agreement_party p on p.agreement_id = a.id
            """;

    private static Placement placement(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Placement(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getDate(5).toLocalDate(),
                rs.getString(6),
                rs.getBoolean(7),
                rs.getString(8));
    }

    /** Whom to read hours for: a person in an agreement. */
    public record Person(long agreementId, long personAccountId) {}

    /** The hours a person's bookings in an agreement hold on one day. */
    public record DayHours(long agreementId, long personAccountId, LocalDate day, BigDecimal hours) {}

    /**
     * The booked hours of these people in these agreements on each day from {@code from} to {@code to} (inclusive)
     * that has any, in one statement. A booking is a run of half-hours of the week valid for a date range; each day of
     * the range counts the run's half-hours that fall on its weekday, and never after the agreement's last day.
     */
    @Transactional(readOnly = true)
    public List<DayHours> hours(List<Person> people, LocalDate from, LocalDate to) {
        if (people.isEmpty() || to.isBefore(from)) {
            return List.of();
        }
        List<Long> agreements = new ArrayList<>();
        // the pairs go in as two PostgreSQL array literals of numbers (a collection would be expanded to a list)
        List<Long> persons = new ArrayList<>();
        for (Person p : people) {
            agreements.add(p.agreementId());
            persons.add(p.personAccountId());
        }
        return jdbc.sql("""
                        with wanted (agreement_id, freelancer_id) as (
                            select * from unnest(cast(:agreements as bigint[]), cast(:persons as bigint[])))
                        select b.agreement_id, b.freelancer_id, d.day::date,
                               sum(greatest(0, least(upper(b.slots), d.w * 48 + 48) - greatest(lower(b.slots), d.w * 48)))
                        from booking b
                        join wanted w on w.agreement_id = b.agreement_id and w.freelancer_id = b.freelancer_id
                        join agreement a on a.id = b.agreement_id
                        cross join lateral (
                            select g as day, extract(isodow from g)::int - 1 as w
                            from generate_series(
                                greatest(lower(b.period), cast(:from as date)),
                                least(coalesce(upper(b.period) - 1, cast(:to as date)), cast(:to as date),
                                      coalesce(a.end_date, cast(:to as date))),
                                interval '1 day') g) d
                        where b.period && daterange(cast(:from as date), cast(:to as date), '[]')
                        group by b.agreement_id, b.freelancer_id, d.day
                        having sum(greatest(0, least(upper(b.slots), d.w * 48 + 48) - greatest(lower(b.slots), d.w * 48))) > 0
                        order by d.day
                        """)
                .param("agreements", arrayLiteral(agreements))
                .param("persons", arrayLiteral(persons))
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, row) -> new DayHours(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getDate(3).toLocalDate(),
                        BigDecimal.valueOf(rs.getLong(4)).divide(BigDecimal.valueOf(2))))
                .list();
    }

    private static String arrayLiteral(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
