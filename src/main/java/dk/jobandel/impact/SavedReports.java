package dk.jobandel.impact;

import dk.jobandel.impact.core.Filter;
import dk.jobandel.impact.core.Kind;
import dk.jobandel.impact.core.Period;
import dk.jobandel.platform.PageNotFound;
import dk.jobandel.platform.SignedInMember;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultants' named report definitions: a period and filters of the impact page, shared by all consultants, to reuse
 * and duplicate. Only consultants and admins read or change them.
 */
@Service
public class SavedReports {

    private final JdbcClient jdbc;
    private final Clock clock;

    SavedReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record SavedReport(long id, String name, Period period, Filter filter, long version) {}

    /** No such report (or not for this reader). */
    public static final class ReportNotFound extends PageNotFound {

        public ReportNotFound() {
            super("No such saved report");
        }
    }

    private static final String SELECT = """
            select id, name, from_month, to_month, municipality_code, organisation_id, kind, version
            from impact_report
            """;

    @Transactional(readOnly = true)
    public List<SavedReport> all(SignedInMember reader) {
        check(reader);
        return jdbc.sql(SELECT + " order by lower(name), id")
                .query(SavedReports::report)
                .list();
    }

    @Transactional(readOnly = true)
    public SavedReport byId(long id, SignedInMember reader) {
        check(reader);
        return find(id).orElseThrow(ReportNotFound::new);
    }

    @Transactional
    public long save(String name, Period period, Filter filter, SignedInMember reader) {
        check(reader);
        return jdbc.sql("""
                        insert into impact_report (name, owner_id, from_month, to_month, municipality_code,
                                                   organisation_id, kind, created_at)
                        values (:name, :owner, :from, :to, :municipality, :organisation, :kind, :now)
                        returning id
                        """)
                .param("name", name)
                .param("owner", reader.accountId())
                .param("from", Date.valueOf(period.from().atDay(1)))
                .param("to", Date.valueOf(period.to().atDay(1)))
                .param("municipality", filter.municipalityCode())
                .param("organisation", filter.organisationId())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    /** A copy under a new name, to change without losing the original. */
    @Transactional
    public long duplicate(long id, String name, SignedInMember reader) {
        SavedReport original = byId(id, reader);
        return save(name, original.period(), original.filter(), reader);
    }

    /** Deletes the report; a stale version (another consultant changed it) or an unknown id is not found. */
    @Transactional
    public void delete(long id, long version, SignedInMember reader) {
        check(reader);
        int deleted = jdbc.sql("delete from impact_report where id = :id and version = :version")
                .param("id", id)
                .param("version", version)
                .update();
        if (deleted == 0) {
            throw new ReportNotFound();
        }
    }

    private Optional<SavedReport> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(SavedReports::report)
                .optional();
    }

    private static void check(SignedInMember reader) {
        if (!reader.consultant()) {
            throw new ReportNotFound();
        }
    }

    private static SavedReport report(ResultSet rs, int row) throws SQLException {
        short municipality = rs.getShort(5);
        @Nullable Short municipalityCode = rs.wasNull() ? null : municipality;
        long organisation = rs.getLong(6);
        @Nullable Long organisationId = rs.wasNull() ? null : organisation;
        String kind = rs.getString(7);
        return new SavedReport(
                rs.getLong(1),
                rs.getString(2),
                new Period(
                        YearMonth.from(rs.getDate(3).toLocalDate()),
                        YearMonth.from(rs.getDate(4).toLocalDate())),
                new Filter(municipalityCode, null, organisationId, kind == null ? null : Kind.valueOf(kind)),
                rs.getLong(8));
    }
}
