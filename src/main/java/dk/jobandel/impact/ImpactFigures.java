package dk.jobandel.impact;

import dk.jobandel.impact.core.Dimension;
import dk.jobandel.impact.core.Disclosure;
import dk.jobandel.impact.core.Filter;
import dk.jobandel.impact.core.ImpactCalculator;
import dk.jobandel.impact.core.Match;
import dk.jobandel.impact.core.Period;
import dk.jobandel.impact.core.Person;
import dk.jobandel.impact.core.Placement;
import dk.jobandel.impact.core.PublishedFigures;
import dk.jobandel.impact.core.PublishedTable;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.SignUps;
import dk.jobandel.platform.SignedInMember;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact figures for the three audiences. Facts come from every {@link ImpactSource}, the core counts them and
 * {@link Disclosure} protects them; nothing unprotected leaves this class.
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

    private final List<ImpactSource> sources;
    private final SignUps signUps;
    private final ImpactConsents consents;
    private final Organisations organisations;
    private final Clock clock;

    ImpactFigures(
            List<ImpactSource> sources,
            SignUps signUps,
            ImpactConsents consents,
            Organisations organisations,
            Clock clock) {
        this.sources = List.copyOf(sources);
        this.signUps = signUps;
        this.consents = consents;
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
    public static final class NotForReader extends RuntimeException {

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
        if (!reader.hasRole("CONSULTANT") && !reader.hasRole("ADMIN")) {
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
        LocalDate asOf = today();
        List<Placement> placements = new ArrayList<>();
        List<Match> matches = new ArrayList<>();
        for (ImpactSource source : sources) {
            placements.addAll(source.placements(asOf));
            matches.addAll(source.matches(period.firstDay(), period.countedUntil(asOf)));
        }
        Map<Long, LocalDate> signedUp = signUps.freelancers();
        var stated = consents.all();
        Map<Long, Person> people = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Placement p : placements) {
            people.computeIfAbsent(
                    p.personId(), id -> new Person(id, signedUp.getOrDefault(id, LocalDate.MIN), stated.get(id)));
            names.putIfAbsent(p.organisationId(), p.organisationName());
        }
        var result = ImpactCalculator.compute(period, asOf, filter, placements, people, matches);
        Map<Dimension, PublishedTable> tables = new EnumMap<>(Dimension.class);
        for (Dimension d : dimensions) {
            tables.put(d, Disclosure.protect(result.table(d)));
        }
        return new Report(period, asOf, filter, Disclosure.protect(result.figures()), tables, names);
    }
}
