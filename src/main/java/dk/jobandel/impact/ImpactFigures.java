package dk.jobandel.impact;

import dk.jobandel.impact.core.Dimension;
import dk.jobandel.impact.core.Disclosure;
import dk.jobandel.impact.core.Filter;
import dk.jobandel.impact.core.ImpactCalculator;
import dk.jobandel.impact.core.Period;
import dk.jobandel.impact.core.PublishedFigures;
import dk.jobandel.impact.core.PublishedTable;
import dk.jobandel.members.Organisations;
import dk.jobandel.platform.PageNotFound;
import dk.jobandel.platform.SignedInMember;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact figures for the three audiences. Facts come from every {@link ImpactSource} (kept for a short while by
 * {@link ImpactFacts}), the core counts them and {@link Disclosure} protects them; nothing unprotected leaves this
 * class. Protected reports are kept per taking of the facts, so the same page asked again is not counted again.
 *
 * <ul>
 *   <li>Consultants and admins: every figure and breakdown, with filters.
 *   <li>A cooperative's staff: their own organisation's figures (placements it has a share in), whatever they ask.
 *   <li>Everybody, signed in or not: the national totals, by month, kind and region.
 * </ul>
 */
@Service
public class ImpactFigures {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** The breakdowns the public page shows: no organisations, no personal characteristics. */
    public static final Set<Dimension> PUBLIC_DIMENSIONS =
            EnumSet.of(Dimension.MONTH, Dimension.KIND, Dimension.REGION);

    /** Reports kept for the kept facts: the last {@value #KEPT_REPORTS} asked for. */
    private static final int KEPT_REPORTS = 64;

    private final ImpactFacts facts;
    private final Organisations organisations;
    private final Clock clock;
    private final Map<ReportKey, Report> reports = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ReportKey, Report> eldest) {
            return size() > KEPT_REPORTS;
        }
    };

    ImpactFigures(ImpactFacts facts, Organisations organisations, Clock clock) {
        this.facts = facts;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * Protected figures for a period.
     *
     * @param organisationNames the names of organisations in the breakdown by organisation
     */
    public record Report(
            Period period,
            LocalDate asOf,
            Filter filter,
            PublishedFigures figures,
            Map<Dimension, PublishedTable> tables,
            Map<Long, String> organisationNames) {

        public Report {
            tables = Map.copyOf(tables);
            organisationNames = Map.copyOf(organisationNames);
        }

        public PublishedTable table(Dimension dimension) {
            return tables.get(dimension);
        }

        public boolean has(Dimension dimension) {
            return tables.containsKey(dimension);
        }
    }

    /** The member may not read these figures (not a consultant, or not on an organisation's staff). */
    public static final class NotForReader extends PageNotFound {

        NotForReader() {
            super("These impact figures are not for this reader");
        }
    }

    /** Today in Copenhagen. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(COPENHAGEN));
    }

    /** The last twelve months, this month included. */
    public Period defaultPeriod() {
        YearMonth now = YearMonth.from(today());
        return new Period(now.minusMonths(11), now);
    }

    /** Everything, with filters: for consultants and admins. */
    @Transactional(readOnly = true)
    public Report forConsultant(Period period, Filter filter, SignedInMember reader) {
        if (!reader.consultant()) {
            throw new NotForReader();
        }
        return report(period, filter, EnumSet.allOf(Dimension.class));
    }

    /** The reader's own organisation's figures; the organisation comes from who the reader is, never from a request. */
    @Transactional(readOnly = true)
    public Report forOwnOrganisation(Period period, SignedInMember reader) {
        long organisationId = organisations
                .ofStaffMember(reader.accountId())
                .orElseThrow(NotForReader::new)
                .getId();
        return report(period, Filter.organisation(organisationId), EnumSet.allOf(Dimension.class));
    }

    /** The national totals for everybody. */
    @Transactional(readOnly = true)
    public Report national(Period period) {
        return report(period, Filter.NONE, PUBLIC_DIMENSIONS);
    }

    private Report report(Period period, Filter filter, Set<Dimension> dimensions) {
        ImpactFacts.Facts f = facts.asOf(today());
        var key = new ReportKey(f.generation(), period, filter, Set.copyOf(dimensions));
        synchronized (reports) {
            Report kept = reports.get(key);
            if (kept != null) {
                return kept;
            }
        }
        var result = ImpactCalculator.compute(period, f.asOf(), filter, f.placements(), f.people(), f.matches());
        Map<Dimension, PublishedTable> tables = new EnumMap<>(Dimension.class);
        for (Dimension d : dimensions) {
            tables.put(d, Disclosure.protect(result.table(d)));
        }
        Report report = new Report(period, f.asOf(), filter, Disclosure.protect(result.figures()), tables, f.names());
        synchronized (reports) {
            reports.put(key, report);
        }
        return report;
    }

    /** A report is kept for the facts it was counted from (their generation), its period, filter and breakdowns. */
    private record ReportKey(long generation, Period period, Filter filter, Set<Dimension> dimensions) {}
}
