package dk.jobandel.impact;

import dk.jobandel.impact.core.Match;
import dk.jobandel.impact.core.Person;
import dk.jobandel.impact.core.Placement;
import dk.jobandel.members.SignUps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The facts every impact figure is counted from (placements from every {@link ImpactSource}, the people in them and
 * the matches), kept in memory so that a page does not read every agreement and consent again (issue 17's speed
 * target: the consultants' page for 100,000 freelancers and 50,000 agreements in 300 ms at p99).
 *
 * <ul>
 *   <li>Kept facts are used for at most {@code jobandel.impact.facts-max-age} (1 minute), for the day they were taken
 *       on, and only until this module changes what they hold (consents: {@link ImpactFactsChanges}).
 *   <li>While pages are being read (in the last 10 minutes), they are taken again in the background every
 *       {@code jobandel.impact.facts-refresh} (20 s), so a page seldom waits for them.
 *   <li>A maximum age of zero keeps nothing: every page reads the facts afresh (the tests, which change agreements
 *       and read the figures at once, run so).
 * </ul>
 *
 * So figures can be up to a minute behind an agreement made on another page; they are monthly, rounded figures.
 */
@Component
class ImpactFacts {

    private static final Logger log = LoggerFactory.getLogger(ImpactFacts.class);
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final Duration READ_RECENTLY = Duration.ofMinutes(10);

    /**
     * What the figures are counted from, as taken at {@code takenAt}.
     *
     * @param generation tells one taking from another (for the figures kept per taking)
     * @param matches every match from the start of Jobandel up to {@code asOf}
     * @param names the organisations' names by id
     */
    record Facts(
            long generation,
            LocalDate asOf,
            Instant takenAt,
            long changes,
            List<Placement> placements,
            List<Match> matches,
            Map<Long, Person> people,
            Map<Long, String> names) {}

    private final List<ImpactSource> sources;
    private final SignUps signUps;
    private final ImpactConsents consents;
    private final ImpactFactsChanges changes;
    private final Clock clock;
    private final Duration maxAge;
    private final AtomicLong generations = new AtomicLong();
    private final Object taking = new Object();
    private volatile @Nullable Facts kept;
    private volatile Instant lastRead = Instant.MIN;

    ImpactFacts(
            List<ImpactSource> sources,
            SignUps signUps,
            ImpactConsents consents,
            ImpactFactsChanges changes,
            Clock clock,
            @Value("${jobandel.impact.facts-max-age:PT1M}") Duration maxAge) {
        this.sources = List.copyOf(sources);
        this.signUps = signUps;
        this.consents = consents;
        this.changes = changes;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The facts as of {@code today}: kept ones while they may be used, otherwise taken now. */
    Facts asOf(LocalDate today) {
        lastRead = clock.instant();
        Facts facts = kept;
        if (usable(facts, today)) {
            return facts;
        }
        synchronized (taking) {
            facts = kept;
            if (usable(facts, today)) {
                return facts;
            }
            facts = take(today);
            if (!maxAge.isZero()) {
                kept = facts;
            }
            return facts;
        }
    }

    /** Takes the facts again in the background while pages are being read, so that pages seldom wait. */
    @Scheduled(
            fixedDelayString = "${jobandel.impact.facts-refresh:PT20S}",
            initialDelayString = "${jobandel.impact.facts-refresh:PT20S}")
    void refresh() {
        if (maxAge.isZero() || kept == null || lastRead.isBefore(clock.instant().minus(READ_RECENTLY))) {
            return;
        }
        try {
            Facts fresh = take(LocalDate.now(clock.withZone(COPENHAGEN)));
            synchronized (taking) {
                kept = fresh;
            }
        } catch (RuntimeException e) {
            // the kept facts stay until their maximum age; a page then takes them itself
            log.warn("Impact facts not refreshed: {}", e.toString());
        }
    }

    private boolean usable(@Nullable Facts facts, LocalDate today) {
        return facts != null
                && !maxAge.isZero()
                && facts.asOf().equals(today)
                && facts.changes() == changes.current()
                && facts.takenAt().plus(maxAge).isAfter(clock.instant());
    }

    private Facts take(LocalDate asOf) {
        long changesBefore = changes.current();
        Instant takenAt = clock.instant();
        List<Placement> placements = new ArrayList<>();
        List<Match> matches = new ArrayList<>();
        for (ImpactSource source : sources) {
            placements.addAll(source.placements(asOf));
            matches.addAll(source.matches(EARLIEST, asOf));
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
        return new Facts(
                generations.incrementAndGet(),
                asOf,
                takenAt,
                changesBefore,
                List.copyOf(placements),
                List.copyOf(matches),
                Map.copyOf(people),
                Map.copyOf(names));
    }
}
