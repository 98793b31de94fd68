package dk.jobandel.matching.engine.pool;

import dk.jobandel.matching.engine.Slots;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The hard rules of a portfolio, as small functions that return the rules broken. Written slot by slot and
 * independently of the planner's fast checks, so that tests can hold the planner's results against them.
 *
 * <p>The rules, as decided here:
 *
 * <ul>
 *   <li><b>Eligibility</b> of one need: the worker holds every required skill at its level, is free for all of the
 *       need's half-hours, and can reach the place: a remote need needs a worker who takes remote work; an on-site
 *       need a workplace within the worker's travel distance of home.
 *   <li><b>No overlap</b>: no two needs share a half-hour, and no need is in the portfolio twice.
 *   <li><b>Travel</b>: between two stretches of work at different places that follow each other in the week, the
 *       free half-hours in between are at least the travel time between the places (the great-circle distance at
 *       the settings' speed, rounded up to half-hours). A remote need is worked from home, so a remote need right
 *       after an on-site one needs the way home, and the other way round. The week wraps from Sunday into Monday,
 *       and pairs on different days are checked too: they only matter around midnight. The way from home to the
 *       first workplace of a day is the worker's commute, limited by their travel distance, not by this rule.
 *   <li><b>Desired maximum</b>: the half-hours add up to at most the worker's desired maximum. The desired minimum
 *       is not a hard rule; the score prefers reaching it.
 *   <li><b>Working time</b>: the needs' half-hours together keep the weekly working-time rules ({@link
 *       WorkingTime}, a mirror of {@code WorkingTimeRules}). Travel between places is not added to the worked
 *       half-hours, since the agreement books only the needs' half-hours and {@code WorkingTimeRules} checks those.
 * </ul>
 */
public final class PortfolioRules {

    private PortfolioRules() {}

    /** A rule a portfolio can break. */
    public enum Rule {
        SKILLS,
        NOT_AVAILABLE,
        OUT_OF_REACH,
        REMOTE_NOT_TAKEN,
        DUPLICATE,
        OVERLAP,
        TRAVEL,
        OVER_DESIRED_MAX,
        WEEKLY_HOURS,
        DAILY_REST,
        WEEKLY_REST
    }

    /**
     * A broken rule: which, for which need, and the other need involved (overlap, travel), or -1.
     */
    public record Violation(Rule rule, long needId, long otherNeedId) {}

    /** Why the worker may not take the need on its own, or empty when they may. */
    public static Optional<Rule> eligibility(PoolWorker worker, PoolNeed need) {
        if (!holdsSkills(worker, need)) {
            return Optional.of(Rule.SKILLS);
        }
        if (!Week.within(need.scheduleWords(), worker.availableWords())) {
            return Optional.of(Rule.NOT_AVAILABLE);
        }
        if (need.remote()) {
            if (!worker.remoteOk()) {
                return Optional.of(Rule.REMOTE_NOT_TAKEN);
            }
        } else if (Place.km(worker.lat(), worker.lon(), need.lat(), need.lon()) > worker.travelKm()) {
            return Optional.of(Rule.OUT_OF_REACH);
        }
        return Optional.empty();
    }

    /** Whether the worker holds every skill the need requires, at its level or higher. */
    public static boolean holdsSkills(PoolWorker worker, PoolNeed need) {
        for (int level = 1; level <= 3; level++) {
            long[] required = level == 1 ? need.skills1() : level == 2 ? need.skills2() : need.skills3();
            for (int w = 0; w < required.length; w++) {
                for (long bits = required[w]; bits != 0; bits &= bits - 1) {
                    int skill = w * 64 + Long.numberOfTrailingZeros(bits);
                    if (worker.level(skill) < level) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Where the need's work is done for this worker: the workplace, or home for a remote need. */
    static double[] place(PoolWorker worker, PoolNeed need) {
        return need.remote() ? new double[] {worker.lat(), worker.lon()} : new double[] {need.lat(), need.lon()};
    }

    /** The half-hours needed to get from need a's place to need b's place. */
    public static int travelHalfHours(PoolWorker worker, PoolNeed a, PoolNeed b, double speedKmh) {
        double[] from = place(worker, a);
        double[] to = place(worker, b);
        return Place.travelHalfHours(Place.km(from[0], from[1], to[0], to[1]), speedKmh);
    }

    /** Every rule the portfolio breaks for the worker; empty when the worker may take it. */
    public static List<Violation> violations(PoolWorker worker, Collection<PoolNeed> portfolio, double speedKmh) {
        List<PoolNeed> needs = List.copyOf(portfolio);
        List<Violation> violations = new ArrayList<>();
        var seen = new HashSet<Long>();
        for (PoolNeed need : needs) {
            if (!seen.add(need.id())) {
                violations.add(new Violation(Rule.DUPLICATE, need.id(), -1));
            }
            eligibility(worker, need).ifPresent(rule -> violations.add(new Violation(rule, need.id(), -1)));
        }
        // who works which half-hour; a half-hour claimed twice is an overlap
        int[] owner = new int[Slots.SLOTS];
        java.util.Arrays.fill(owner, -1);
        long[] union = new long[Slots.WORDS];
        int halfHours = 0;
        for (int i = 0; i < needs.size(); i++) {
            long[] schedule = needs.get(i).schedule();
            for (int slot = 0; slot < Slots.SLOTS; slot++) {
                if (Week.contains(schedule, slot)) {
                    halfHours++;
                    union[slot >>> 6] |= 1L << slot;
                    if (owner[slot] < 0) {
                        owner[slot] = i;
                    } else if (needs.get(owner[slot]).id() != needs.get(i).id()) {
                        var overlap = new Violation(
                                Rule.OVERLAP,
                                needs.get(i).id(),
                                needs.get(owner[slot]).id());
                        if (!violations.contains(overlap)) {
                            violations.add(overlap);
                        }
                    }
                }
            }
        }
        violations.addAll(travel(worker, needs, owner, speedKmh));
        if (halfHours > worker.desiredMaxHalfHours()) {
            violations.add(new Violation(Rule.OVER_DESIRED_MAX, -1, -1));
        }
        if (!WorkingTime.withinWeeklyHours(union)) {
            violations.add(new Violation(Rule.WEEKLY_HOURS, -1, -1));
        }
        if (WorkingTime.dailyRestBreach(union) >= 0) {
            violations.add(new Violation(Rule.DAILY_REST, -1, -1));
        }
        if (!WorkingTime.hasWeeklyRest(union)) {
            violations.add(new Violation(Rule.WEEKLY_REST, -1, -1));
        }
        return violations;
    }

    /** Walks the week once round from the first worked half-hour, checking each change of place. */
    private static List<Violation> travel(PoolWorker worker, List<PoolNeed> needs, int[] owner, double speedKmh) {
        List<Violation> violations = new ArrayList<>();
        int first = -1;
        for (int slot = 0; slot < Slots.SLOTS && first < 0; slot++) {
            if (owner[slot] >= 0) {
                first = slot;
            }
        }
        if (first < 0) {
            return violations;
        }
        int previous = -1;
        int previousEnd = 0;
        for (int i = first; i <= first + Slots.SLOTS; i++) {
            int current = owner[i % Slots.SLOTS];
            if (current < 0) {
                continue;
            }
            if (previous >= 0 && current != previous) {
                PoolNeed a = needs.get(previous);
                PoolNeed b = needs.get(current);
                if (i - previousEnd < travelHalfHours(worker, a, b, speedKmh)) {
                    violations.add(new Violation(Rule.TRAVEL, b.id(), a.id()));
                }
            }
            if (i == first + Slots.SLOTS) {
                break; // back at the start: only the pair across the wrap was left to check
            }
            previous = current;
            previousEnd = i + 1;
        }
        return violations;
    }
}
