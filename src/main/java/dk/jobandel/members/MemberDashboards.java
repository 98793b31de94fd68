package dk.jobandel.members;

import dk.jobandel.platform.ListPage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each member's dashboard shows, read in one or two statements per role. Later modules add
 * their own panels (profiles, roles, proposals).
 */
@Service
public class MemberDashboards {

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberDashboards(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record OrganisationSummary(
            long id,
            String name,
            String cvr,
            OrganisationType type,
            short municipalityCode,
            VerificationStatus status,
            String rejectionReason) {}

    public record AwaitingVerification(
            long id, String name, String cvr, short municipalityCode, LocalDate registeredOn) {}

    public record Figures(Map<Role, Long> accountsByRole, Map<VerificationStatus, Long> organisationsByStatus) {}

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> organisationOf(long accountId) {
        return jdbc.sql("""
                        select o.id, o.name, o.cvr, o.type, o.municipality_code, o.verification_status,
                               coalesce((select d.reason from organisation_decision d
                                         where d.organisation_id = o.id and d.decision = 'REJECTED'
                                         order by d.decided_at desc, d.id desc limit 1), '')
                        from organisation o join organisation_staff s on s.organisation_id = o.id
                        where s.account_id = :accountId
                        """)
                .param("accountId", accountId)
                .query((rs, row) -> new OrganisationSummary(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        OrganisationType.valueOf(rs.getString(4)),
                        rs.getShort(5),
                        VerificationStatus.valueOf(rs.getString(6)),
                        rs.getString(7)))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<AwaitingVerification> awaitingVerification() {
        return withStatus(VerificationStatus.AWAITING_VERIFICATION);
    }

    /** Organisations in one verification status, oldest first. */
    @Transactional(readOnly = true)
    public List<AwaitingVerification> withStatus(VerificationStatus status) {
        return jdbc.sql("""
                        select id, name, cvr, municipality_code, created_at from organisation
                        where verification_status = :status
                        order by created_at, id
                        """)
                .param("status", status.name())
                .query((rs, row) -> new AwaitingVerification(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getShort(4),
                        rs.getTimestamp(5).toInstant().atZone(clock.getZone()).toLocalDate()))
                .list();
    }

    /**
     * One page of the organisations in one verification status, oldest first, with how many there are, counted in the
     * same statement; a page past the end is the last page (a second statement counts them then).
     */
    @Transactional(readOnly = true)
    public ListPage<AwaitingVerification> withStatus(VerificationStatus status, int number, int size) {
        List<Map.Entry<AwaitingVerification, Long>> rows = jdbc.sql("""
                        select id, name, cvr, municipality_code, created_at, count(*) over () from organisation
                        where verification_status = :status
                        order by created_at, id
                        limit :limit offset :offset
                        """)
                .param("status", status.name())
                .param("limit", size)
                .param("offset", ListPage.offset(number, size))
                .query((rs, row) -> Map.entry(
                        new AwaitingVerification(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getShort(4),
                                rs.getTimestamp(5)
                                        .toInstant()
                                        .atZone(clock.getZone())
                                        .toLocalDate()),
                        rs.getLong(6)))
                .list();
        if (rows.isEmpty() && number > 0) {
            long total = jdbc.sql("select count(*) from organisation where verification_status = :status")
                    .param("status", status.name())
                    .query(Long.class)
                    .single();
            return total == 0 ? ListPage.empty(size) : withStatus(status, ListPage.lastNumber(total, size), size);
        }
        return new ListPage<>(
                rows.stream().map(Map.Entry::getKey).toList(),
                number,
                size,
                rows.isEmpty() ? 0 : rows.getFirst().getValue());
    }

    @Transactional(readOnly = true)
    public Figures figures() {
        Map<Role, Long> accounts = jdbc
                .sql("select role, count(*) from account_role group by role")
                .query((rs, row) -> Map.entry(Role.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<VerificationStatus, Long> organisations = jdbc
                .sql("select verification_status, count(*) from organisation group by verification_status")
                .query((rs, row) -> Map.entry(VerificationStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Figures(accounts, organisations);
    }
}
