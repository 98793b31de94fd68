package dk.jobandel.partnerships.core;

import dk.jobandel.partnerships.TargetGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks SØVs for a firm's need, and needs for a SØV, by the same scoring of one pair.
 *
 * <p>Hard rules (any broken rule refuses the pair): the SØV offers the service; it serves the need's municipality or
 * its whole region; its free capacity (capacity minus running partnerships' hours) covers the need's hours a week.
 * A need given as a yearly amount has no hours to check: capacity passes and says so. Its free capacity in people
 * (capacity in people minus the inclusive jobs its running partnerships agreed) covers the inclusive jobs the need
 * asks for; a need that asks for none has no people to check.
 *
 * <p>Soft criteria, 100 points in all: capacity margin 25 (full at twice the hours needed or more, none at just
 * enough; 12.5 when the need gives no hours), distance 25 (full in the same place, none at 100 km or more, linear
 * between, as the crow flies), target-group fit 25 (the share of the need's target groups the SØV employs; full when
 * the need names none), RSV status 15 (checked and found: 15, declared but not confirmed: 5, none: 0) and experience
 * 10 (earlier partnerships, full from three).
 */
public final class PartnerScorer {

    public static final double CAPACITY_WEIGHT = 25;
    public static final double DISTANCE_WEIGHT = 25;
    public static final double TARGET_WEIGHT = 25;
    public static final double RSV_WEIGHT = 15;
    public static final double EXPERIENCE_WEIGHT = 10;
    public static final double FAR_KM = 100;

    private PartnerScorer() {}

    /** The SØVs that pass the hard rules, best first (ties: lower id first). */
    public static List<Match> rankSovs(NeedFacts need, List<SovFacts> sovs) {
        List<Match> passed = new ArrayList<>();
        for (SovFacts sov : sovs) {
            Match match = score(need, sov);
            if (!match.refused()) {
                passed.add(match);
            }
        }
        passed.sort(Comparator.comparingDouble(Match::score).reversed().thenComparingLong(Match::sovId));
        return passed;
    }

    /** The needs one SØV passes the hard rules for, best first (ties: lower need id first). */
    public static List<Match> rankNeeds(SovFacts sov, List<NeedFacts> needs) {
        List<Match> passed = new ArrayList<>();
        for (NeedFacts need : needs) {
            Match match = score(need, sov);
            if (!match.refused()) {
                passed.add(match);
            }
        }
        passed.sort(Comparator.comparingDouble(Match::score).reversed().thenComparingLong(Match::needId));
        return passed;
    }

    /** One pair, with every rule and criterion. */
    public static Match score(NeedFacts need, SovFacts sov) {
        List<Criterion> refusals = new ArrayList<>();
        if (!sov.services().contains(need.service())) {
            refusals.add(new Criterion(Criterion.Code.SERVICE_NOT_OFFERED, 0, 0, List.of(need.service())));
        }
        if (!sov.serves(need.municipality(), need.region())) {
            refusals.add(new Criterion(Criterion.Code.AREA_NOT_SERVED, 0, 0, List.of(need.municipality())));
        }
        if (need.hoursPerWeek() > 0 && sov.freeHours() < need.hoursPerWeek()) {
            refusals.add(new Criterion(
                    Criterion.Code.CAPACITY_TOO_SMALL, 0, 0, List.of(sov.freeHours(), need.hoursPerWeek())));
        }
        if (need.people() > 0 && sov.freePeople() < need.people()) {
            refusals.add(new Criterion(Criterion.Code.PEOPLE_TOO_FEW, 0, 0, List.of(sov.freePeople(), need.people())));
        }
        if (!refusals.isEmpty()) {
            return new Match(sov.organisationId(), need.needId(), true, 0, refusals);
        }
        List<Criterion> criteria = new ArrayList<>(5);
        criteria.add(capacity(need, sov));
        criteria.add(distance(need, sov));
        criteria.add(targetGroups(need, sov));
        criteria.add(rsv(sov));
        criteria.add(experience(sov));
        double total = 0;
        for (Criterion c : criteria) {
            total += c.points();
        }
        return new Match(sov.organisationId(), need.needId(), false, round(total), criteria);
    }

    static Criterion capacity(NeedFacts need, SovFacts sov) {
        if (need.hoursPerWeek() <= 0) {
            return new Criterion(
                    Criterion.Code.CAPACITY_UNKNOWN, CAPACITY_WEIGHT / 2, CAPACITY_WEIGHT, List.of(sov.freeHours()));
        }
        double spare = (double) (sov.freeHours() - need.hoursPerWeek()) / need.hoursPerWeek();
        double points = CAPACITY_WEIGHT * Math.min(1, Math.max(0, spare));
        return new Criterion(
                Criterion.Code.CAPACITY_MARGIN,
                round(points),
                CAPACITY_WEIGHT,
                List.of(sov.freeHours(), need.hoursPerWeek()));
    }

    static Criterion distance(NeedFacts need, SovFacts sov) {
        double km = kilometres(need.latitude(), need.longitude(), sov.latitude(), sov.longitude());
        double points = DISTANCE_WEIGHT * Math.max(0, 1 - km / FAR_KM);
        return new Criterion(Criterion.Code.DISTANCE, round(points), DISTANCE_WEIGHT, List.of((long) Math.rint(km)));
    }

    static Criterion targetGroups(NeedFacts need, SovFacts sov) {
        if (need.targetGroups().isEmpty()) {
            return new Criterion(Criterion.Code.TARGET_GROUPS_ANY, TARGET_WEIGHT, TARGET_WEIGHT, List.of());
        }
        int shared = 0;
        for (TargetGroup group : need.targetGroups()) {
            if (sov.targetGroups().contains(group)) {
                shared++;
            }
        }
        double points = TARGET_WEIGHT * shared / need.targetGroups().size();
        return new Criterion(
                Criterion.Code.TARGET_GROUPS,
                round(points),
                TARGET_WEIGHT,
                List.of(shared, need.targetGroups().size()));
    }

    static Criterion rsv(SovFacts sov) {
        if (sov.rsv().badge()) {
            return new Criterion(Criterion.Code.RSV_CHECKED, RSV_WEIGHT, RSV_WEIGHT, List.of());
        }
        if (sov.rsv().declared()) {
            return new Criterion(Criterion.Code.RSV_DECLARED, 5, RSV_WEIGHT, List.of());
        }
        return new Criterion(Criterion.Code.RSV_NONE, 0, RSV_WEIGHT, List.of());
    }

    static Criterion experience(SovFacts sov) {
        double points = EXPERIENCE_WEIGHT * Math.min(1, sov.partnerships() / 3.0);
        return new Criterion(Criterion.Code.EXPERIENCE, round(points), EXPERIENCE_WEIGHT, List.of(sov.partnerships()));
    }

    /** Great-circle distance (haversine, mean Earth radius 6371 km). */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    static double round(double points) {
        return Math.round(points * 10) / 10.0;
    }
}
