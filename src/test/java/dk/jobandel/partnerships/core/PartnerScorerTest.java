package dk.jobandel.partnerships.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.partnerships.RsvStatus;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.partnerships.TargetGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Worked examples of the scorer, and the scorer against a slow reference on random data. */
class PartnerScorerTest {

    // Aarhus (751) and Silkeborg (740) in Region Midtjylland (1082); København (101) in Hovedstaden (1084)
    static final double AARHUS_LAT = 56.1572, AARHUS_LON = 10.2107;
    static final double SILKEBORG_LAT = 56.1697, SILKEBORG_LON = 9.5451;

    static NeedFacts cleaningInAarhus(int hours, Set<TargetGroup> groups) {
        return new NeedFacts(1, ServiceKind.CLEANING, (short) 751, (short) 1082, AARHUS_LAT, AARHUS_LON, hours, groups);
    }

    static SovFacts sov(long id, int capacity, int committed, RsvStatus rsv, int partnerships) {
        return new SovFacts(
                id,
                EnumSet.of(ServiceKind.CLEANING, ServiceKind.GARDENING),
                Set.of((short) 751),
                Set.of(),
                AARHUS_LAT,
                AARHUS_LON,
                capacity,
                committed,
                EnumSet.of(TargetGroup.LONG_TERM_UNEMPLOYED),
                rsv,
                partnerships);
    }

    static final RsvStatus CHECKED = new RsvStatus(true, LocalDate.of(2026, 1, 5), true);

    @Test
    void aPerfectPartnerNextDoorScoresOneHundredWithEveryCriterionExplained() {
        Match match = PartnerScorer.score(
                cleaningInAarhus(20, EnumSet.of(TargetGroup.LONG_TERM_UNEMPLOYED)), sov(7, 40, 0, CHECKED, 3));
        assertThat(match.refused()).isFalse();
        assertThat(match.score()).isEqualTo(100.0);
        assertThat(match.criteria())
                .extracting(Criterion::code)
                .containsExactly(
                        Criterion.Code.CAPACITY_MARGIN,
                        Criterion.Code.DISTANCE,
                        Criterion.Code.TARGET_GROUPS,
                        Criterion.Code.RSV_CHECKED,
                        Criterion.Code.EXPERIENCE);
        assertThat(match.criteria().getFirst().arguments()).containsExactly(40, 20);
    }

    @Test
    void aWorkedExampleAddsUpCriterionByCriterion() {
        // 30 free of 40 (10 committed) for 20 needed: spare 50 % → 12.5; Silkeborg–Aarhus ≈ 41 km → 25 × 0.59;
        // one of two target groups → 12.5; declared, not checked → 5; one partnership → 3.3
        var sov = new SovFacts(
                3,
                EnumSet.of(ServiceKind.CLEANING),
                Set.of(),
                Set.of((short) 1082),
                SILKEBORG_LAT,
                SILKEBORG_LON,
                40,
                10,
                EnumSet.of(TargetGroup.MENTAL_ILLNESS),
                new RsvStatus(true, null, null),
                1);
        Match match = PartnerScorer.score(
                cleaningInAarhus(20, EnumSet.of(TargetGroup.MENTAL_ILLNESS, TargetGroup.REFUGEES_IMMIGRANTS)), sov);
        double km = PartnerScorer.kilometres(SILKEBORG_LAT, SILKEBORG_LON, AARHUS_LAT, AARHUS_LON);
        assertThat(km).isBetween(40.0, 43.0);
        assertThat(match.criteria())
                .extracting(Criterion::points)
                .containsExactly(12.5, PartnerScorer.round(25 * (1 - km / 100)), 12.5, 5.0, 3.3);
        assertThat(match.criteria().get(1).arguments()).containsExactly(Math.round(km));
        assertThat(match.score())
                .isEqualTo(PartnerScorer.round(12.5 + PartnerScorer.round(25 * (1 - km / 100)) + 12.5 + 5 + 3.3));
    }

    @Test
    void eachHardRuleRefusesWithItsReason() {
        var need = cleaningInAarhus(20, Set.of());
        var noService = new SovFacts(
                1,
                EnumSet.of(ServiceKind.LAUNDRY),
                Set.of((short) 751),
                Set.of(),
                0,
                0,
                40,
                0,
                Set.of(),
                RsvStatus.undeclared(),
                0);
        var elsewhere = new SovFacts(
                2,
                EnumSet.of(ServiceKind.CLEANING),
                Set.of((short) 101),
                Set.of((short) 1084),
                0,
                0,
                40,
                0,
                Set.of(),
                RsvStatus.undeclared(),
                0);
        var full = sov(3, 40, 25, RsvStatus.undeclared(), 0);
        assertThat(PartnerScorer.score(need, noService).criteria())
                .extracting(Criterion::code)
                .containsExactly(Criterion.Code.SERVICE_NOT_OFFERED);
        assertThat(PartnerScorer.score(need, elsewhere).criteria())
                .extracting(Criterion::code)
                .containsExactly(Criterion.Code.AREA_NOT_SERVED);
        Match tooFull = PartnerScorer.score(need, full);
        assertThat(tooFull.refused()).isTrue();
        assertThat(tooFull.criteria().getFirst().code()).isEqualTo(Criterion.Code.CAPACITY_TOO_SMALL);
        assertThat(tooFull.criteria().getFirst().arguments()).containsExactly(15, 20);
        assertThat(PartnerScorer.rankSovs(need, List.of(noService, elsewhere, full)))
                .isEmpty();
    }

    @Test
    void capacityInPeopleIsAHardRuleExplainedInWordsBesidesHours() {
        // 4 inclusive jobs asked for; the SØV can place 5 people, 2 already placed in running partnerships: 3 free
        var need = new NeedFacts(
                1, ServiceKind.CLEANING, (short) 751, (short) 1082, AARHUS_LAT, AARHUS_LON, 10, Set.of(), 4);
        var crowded = new SovFacts(
                2,
                EnumSet.of(ServiceKind.CLEANING),
                Set.of((short) 751),
                Set.of(),
                AARHUS_LAT,
                AARHUS_LON,
                40,
                0,
                Set.of(),
                RsvStatus.undeclared(),
                0,
                5,
                2);
        Match refused = PartnerScorer.score(need, crowded);
        assertThat(refused.refused()).isTrue();
        assertThat(refused.criteria()).extracting(Criterion::code).containsExactly(Criterion.Code.PEOPLE_TOO_FEW);
        assertThat(refused.criteria().getFirst().arguments()).containsExactly(3, 4);
        assertThat(refused.criteria().getFirst().messageKey()).isEqualTo("partnerships.criterion.PEOPLE_TOO_FEW");

        var roomy = new SovFacts(
                3,
                EnumSet.of(ServiceKind.CLEANING),
                Set.of((short) 751),
                Set.of(),
                AARHUS_LAT,
                AARHUS_LON,
                40,
                0,
                Set.of(),
                RsvStatus.undeclared(),
                0,
                6,
                2);
        assertThat(PartnerScorer.score(need, roomy).refused()).isFalse();
        assertThat(PartnerScorer.rankSovs(need, List.of(crowded, roomy)))
                .extracting(Match::sovId)
                .containsExactly(3L);
        // a need with no inclusive jobs does not check people; too few hours and too few people are both explained
        var noJobs = new NeedFacts(
                1, ServiceKind.CLEANING, (short) 751, (short) 1082, AARHUS_LAT, AARHUS_LON, 10, Set.of(), 0);
        assertThat(PartnerScorer.score(noJobs, crowded).refused()).isFalse();
        var big = new NeedFacts(
                1, ServiceKind.CLEANING, (short) 751, (short) 1082, AARHUS_LAT, AARHUS_LON, 50, Set.of(), 4);
        assertThat(PartnerScorer.score(big, crowded).criteria())
                .extracting(Criterion::code)
                .containsExactly(Criterion.Code.CAPACITY_TOO_SMALL, Criterion.Code.PEOPLE_TOO_FEW);
    }

    @Test
    void justEnoughCapacityPassesWithNoMarginAndAYearlyAmountSkipsTheCapacityRule() {
        Match exact = PartnerScorer.score(cleaningInAarhus(20, Set.of()), sov(1, 20, 0, RsvStatus.undeclared(), 0));
        assertThat(exact.refused()).isFalse();
        assertThat(exact.criteria().getFirst().points()).isZero();
        Match yearly = PartnerScorer.score(cleaningInAarhus(0, Set.of()), sov(1, 0, 0, RsvStatus.undeclared(), 0));
        assertThat(yearly.refused()).isFalse();
        assertThat(yearly.criteria().getFirst().code()).isEqualTo(Criterion.Code.CAPACITY_UNKNOWN);
        assertThat(yearly.criteria().getFirst().points()).isEqualTo(12.5);
    }

    @Test
    void rankingPutsTheBetterPartnerFirstAndTiesByIdAndTheReverseRanksNeeds() {
        var need = cleaningInAarhus(10, Set.of());
        var novice = sov(9, 40, 0, RsvStatus.undeclared(), 0);
        var registered = sov(8, 40, 0, CHECKED, 0);
        var twin = sov(4, 40, 0, CHECKED, 0);
        assertThat(PartnerScorer.rankSovs(need, List.of(novice, registered, twin)))
                .extracting(Match::sovId)
                .containsExactly(4L, 8L, 9L);
        var big = cleaningInAarhus(35, Set.of());
        var small =
                new NeedFacts(2, ServiceKind.CLEANING, (short) 751, (short) 1082, AARHUS_LAT, AARHUS_LON, 5, Set.of());
        var otherService = new NeedFacts(
                3, ServiceKind.IT_SUPPORT, (short) 751, (short) 1082, AARHUS_LAT, AARHUS_LON, 5, Set.of());
        assertThat(PartnerScorer.rankNeeds(novice, List.of(big, otherService, small)))
                .extracting(Match::needId)
                .containsExactly(2L, 1L);
    }

    @Test
    void theScorerAgreesWithASlowReferenceOnRandomData() {
        var random = new SplittableRandom(15);
        for (int round = 0; round < 300; round++) {
            List<SovFacts> sovs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                sovs.add(randomSov(random, i + 1));
            }
            NeedFacts need = randomNeed(random, round);
            List<Match> fast = PartnerScorer.rankSovs(need, sovs);
            List<Long> expected = Reference.rank(need, sovs);
            assertThat(fast).extracting(Match::sovId).as("round %d", round).containsExactlyElementsOf(expected);
            for (Match m : fast) {
                SovFacts s = sovs.stream()
                        .filter(x -> x.organisationId() == m.sovId())
                        .findFirst()
                        .orElseThrow();
                assertThat(m.score()).isCloseTo(Reference.score(need, s), org.assertj.core.data.Offset.offset(0.3));
                assertThat(m.score()).isBetween(0.0, 100.0);
            }
        }
    }

    static final short[] MUNICIPALITIES = {101, 751, 740, 461, 851};
    static final short[] REGIONS = {1084, 1082, 1082, 1083, 1081};
    static final double[][] PLACES = {
        {55.676, 12.568}, {56.157, 10.211}, {56.170, 9.545}, {55.403, 10.402}, {57.048, 9.919}
    };

    static NeedFacts randomNeed(SplittableRandom random, int id) {
        int place = random.nextInt(5);
        Set<TargetGroup> groups = randomGroups(random);
        return new NeedFacts(
                id,
                ServiceKind.values()[random.nextInt(4)],
                MUNICIPALITIES[place],
                REGIONS[place],
                PLACES[place][0],
                PLACES[place][1],
                random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(40),
                groups,
                random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(8));
    }

    static SovFacts randomSov(SplittableRandom random, long id) {
        Set<ServiceKind> services = EnumSet.noneOf(ServiceKind.class);
        for (int i = 0; i < 4; i++) {
            if (random.nextBoolean()) {
                services.add(ServiceKind.values()[i]);
            }
        }
        Set<Short> municipalities = new HashSet<>();
        Set<Short> regions = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            if (random.nextInt(3) == 0) {
                municipalities.add(MUNICIPALITIES[i]);
            }
            if (random.nextInt(6) == 0) {
                regions.add(REGIONS[i]);
            }
        }
        int home = random.nextInt(5);
        int capacity = random.nextInt(120);
        int people = random.nextInt(12);
        RsvStatus rsv = switch (random.nextInt(3)) {
            case 0 -> RsvStatus.undeclared();
            case 1 -> new RsvStatus(true, null, null);
            default -> new RsvStatus(true, LocalDate.of(2026, 3, 1), random.nextBoolean());
        };
        return new SovFacts(
                id,
                services,
                municipalities,
                regions,
                PLACES[home][0],
                PLACES[home][1],
                capacity,
                random.nextInt(capacity + 1),
                randomGroups(random),
                rsv,
                random.nextInt(6),
                people,
                random.nextInt(people + 1));
    }

    static Set<TargetGroup> randomGroups(SplittableRandom random) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        for (TargetGroup g : TargetGroup.values()) {
            if (random.nextInt(3) == 0) {
                groups.add(g);
            }
        }
        return groups;
    }

    /** Obviously correct and slow: each rule written out from the documentation, a selection sort by hand. */
    static final class Reference {

        static boolean passes(NeedFacts need, SovFacts sov) {
            boolean service = false;
            for (ServiceKind s : sov.services()) {
                if (s == need.service()) {
                    service = true;
                }
            }
            boolean area = false;
            for (short m : sov.municipalities()) {
                if (m == need.municipality()) {
                    area = true;
                }
            }
            for (short r : sov.regions()) {
                if (r == need.region()) {
                    area = true;
                }
            }
            int free = sov.capacityHours() - sov.committedHours();
            boolean capacity = need.hoursPerWeek() == 0 || free >= need.hoursPerWeek();
            int freePeople = sov.capacityPeople() - sov.committedPeople();
            boolean people = need.people() == 0 || freePeople >= need.people();
            return service && area && capacity && people;
        }

        static double score(NeedFacts need, SovFacts sov) {
            double capacity;
            if (need.hoursPerWeek() == 0) {
                capacity = 12.5;
            } else {
                int free = sov.capacityHours() - sov.committedHours();
                capacity = free >= 2 * need.hoursPerWeek()
                        ? 25
                        : 25.0 * (free - need.hoursPerWeek()) / need.hoursPerWeek();
            }
            double km = PartnerScorer.kilometres(need.latitude(), need.longitude(), sov.latitude(), sov.longitude());
            double distance = km >= 100 ? 0 : 25 * (100 - km) / 100;
            double groups;
            if (need.targetGroups().isEmpty()) {
                groups = 25;
            } else {
                int both = 0;
                for (TargetGroup g : TargetGroup.values()) {
                    if (need.targetGroups().contains(g) && sov.targetGroups().contains(g)) {
                        both++;
                    }
                }
                groups = 25.0 * both / need.targetGroups().size();
            }
            double rsv;
            if (sov.rsv().checkedOn() != null && Boolean.TRUE.equals(sov.rsv().found())) {
                rsv = 15;
            } else if (sov.rsv().declared()) {
                rsv = 5;
            } else {
                rsv = 0;
            }
            double experience = sov.partnerships() >= 3 ? 10 : 10.0 * sov.partnerships() / 3;
            return capacity + distance + groups + rsv + experience;
        }

        static List<Long> rank(NeedFacts need, List<SovFacts> sovs) {
            List<SovFacts> left = new ArrayList<>();
            for (SovFacts s : sovs) {
                if (passes(need, s)) {
                    left.add(s);
                }
            }
            List<Long> order = new ArrayList<>();
            while (!left.isEmpty()) {
                SovFacts best = left.getFirst();
                for (SovFacts s : left) {
                    double a = PartnerScorer.score(need, s).score(),
                            b = PartnerScorer.score(need, best).score();
                    if (a > b || (a == b && s.organisationId() < best.organisationId())) {
                        best = s;
                    }
                }
                order.add(best.organisationId());
                left.remove(best);
            }
            return order;
        }
    }
}
