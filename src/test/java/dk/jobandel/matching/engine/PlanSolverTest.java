package dk.jobandel.matching.engine;

import static dk.jobandel.matching.engine.Snapshots.freelancer;
import static dk.jobandel.matching.engine.Snapshots.role;
import static dk.jobandel.matching.engine.Week.FRI;
import static dk.jobandel.matching.engine.Week.MON;
import static dk.jobandel.matching.engine.Week.THU;
import static dk.jobandel.matching.engine.Week.TUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole plans on examples a consultant would recognise. */
class PlanSolverTest {

    private static final long ANNA = 1;
    private static final long BO = 2;
    private static final long CARL = 3;

    private static final long[] MONDAY_MORNING = Week.day(MON, "08:00", "12:00");
    private static final long[] MONDAY_AFTERNOON = Week.day(MON, "12:00", "16:00");

    @Test
    void twoRolesWantingTheSamePersonAtTheSameTimeGetTheBetterTotal() {
        // the café's best choice is Anna; but Anna is the bakery's only choice, and Bo does well enough at the café
        var cafe = List.of(option(10, 90, ANNA, MONDAY_MORNING), option(10, 60, BO, MONDAY_MORNING));
        var bakery = List.of(option(20, 80, ANNA, MONDAY_MORNING));
        var problem = problem(concat(cafe, bakery), limit(ANNA, 40), limit(BO, 40));

        Plan plan = PlanSolver.solve(problem, PlanSettings.defaults());

        assertThat(plan.choiceFor(10).orElseThrow().option().memberIds()).containsExactly(BO);
        assertThat(plan.choiceFor(10).orElseThrow().optionIndex()).isEqualTo(1);
        assertThat(plan.choiceFor(20).orElseThrow().option().memberIds()).containsExactly(ANNA);
        assertThat(plan.totalScore()).isEqualTo(140.0);
        assertThat(plan.stats().optimal()).isTrue();
        // taking the best option first fills the café with Anna and leaves the bakery empty
        Plan greedy = PlanSolver.greedy(problem);
        assertThat(greedy.totalScore()).isEqualTo(90.0);
        assertThat(greedy.choiceFor(20)).isEmpty();
        assertThat(plan.stats().greedyScore()).isEqualTo(90.0);
    }

    @Test
    void onePersonWorksTwoRolesAtDifferentTimes() {
        var problem = problem(
                List.of(option(10, 70, ANNA, MONDAY_MORNING), option(20, 75, ANNA, MONDAY_AFTERNOON)), limit(ANNA, 16));

        Plan plan = PlanSolver.solve(problem, PlanSettings.defaults());

        assertThat(plan.choices()).extracting(Plan.Choice::roleId).containsExactly(10L, 20L);
        assertThat(plan.plannedHalfHours()).containsExactly(Map.entry(ANNA, 16));
    }

    @Test
    void nobodyGetsMoreHoursThanTheyWantCountingWhatIsAlreadyBooked() {
        // each role is 8 half-hours; Anna wants at most 20 and 6 are booked, so only one more role fits
        var problem = problem(
                List.of(
                        option(10, 70, ANNA, MONDAY_MORNING),
                        option(20, 75, ANNA, MONDAY_AFTERNOON),
                        option(20, 40, BO, MONDAY_AFTERNOON)),
                new FreelancerLimit(ANNA, 20, 6),
                limit(BO, 40));

        Plan plan = PlanSolver.solve(problem, PlanSettings.defaults());

        // 70 + 40 beats 75 alone: Anna takes the morning, Bo the afternoon
        assertThat(plan.totalScore()).isEqualTo(110.0);
        assertThat(plan.plannedHalfHours()).containsEntry(ANNA, 8).containsEntry(BO, 8);
        assertThat(PlanRules.violations(problem, plan)).isEmpty();
    }

    @Test
    void aTeamThatFreesTheStarForAnotherRoleBeatsTheStarAlone() {
        long[] week = Week.days(MON, FRI, "08:00", "16:00");
        long[] early = Week.days(MON, TUE, "08:00", "16:00");
        long[] late = Week.union(Week.day(Week.WED, "08:00", "16:00"), Week.days(THU, FRI, "08:00", "16:00"));
        var problem = problem(
                List.of(
                        option(10, 95, ANNA, week),
                        new PlanOption(10, 85, List.of(PlanMember.of(BO, early), PlanMember.of(CARL, late))),
                        option(20, 90, ANNA, week)),
                limit(ANNA, 80),
                limit(BO, 80),
                limit(CARL, 80));

        Plan plan = PlanSolver.solve(problem, PlanSettings.defaults());

        assertThat(plan.choiceFor(10).orElseThrow().option().memberIds()).containsExactly(BO, CARL);
        assertThat(plan.choiceFor(20).orElseThrow().option().memberIds()).containsExactly(ANNA);
        assertThat(plan.totalScore()).isEqualTo(175.0);
    }

    @Test
    void shortlistsFromTheEngineBecomeOptionsWhoseIndexIsTheRank() {
        var morning = freelancer(1)
                .available(Week.days(MON, FRI, "07:00", "12:30"))
                .wantsHalfHours(30, 50)
                .build();
        var afternoon = freelancer(2)
                .available(Week.days(MON, FRI, "12:00", "17:00"))
                .wantsHalfHours(30, 50)
                .build();
        var allDay = freelancer(3).wantsHalfHours(0, 90).build();
        var data = MatchingData.of(List.of(morning, afternoon, allDay));
        var shared = role(100)
                .schedule(Week.days(MON, FRI, "08:00", "16:00"))
                .sharedBy(2)
                .handoverHalfHours(1)
                .build();
        var single = role(200).schedule(Week.days(MON, FRI, "08:00", "16:00")).build();

        List<Candidate> candidates = MatchingEngine.topCandidates(single, data, 5);
        List<Team> teams = MatchingEngine.topTeams(shared, data, 5);
        var options = new java.util.ArrayList<PlanOption>();
        candidates.forEach(candidate -> options.add(PlanOption.of(candidate, single.schedule())));
        teams.forEach(team -> options.add(PlanOption.of(team)));
        var problem = PlanProblem.of(options, data, Map.of(3L, 10));

        Plan plan = PlanSolver.solve(problem, PlanSettings.defaults());

        // person 3 is the only single candidate who can do the full week (80 half-hours, 10 booked, 90 wanted)
        assertThat(candidates).extracting(Candidate::freelancerId).containsExactly(3L);
        assertThat(problem.limits().get(3L)).isEqualTo(new FreelancerLimit(3, 90, 10));
        Plan.Choice forShared = plan.choiceFor(100).orElseThrow();
        assertThat(forShared.option().memberIds())
                .isEqualTo(teams.get(forShared.optionIndex()).memberIds());
        assertThat(plan.choiceFor(200).orElseThrow().option().memberIds()).containsExactly(3L);
        assertThat(PlanRules.violations(problem, plan)).isEmpty();
        assertThat(plan.totalScore())
                .isCloseTo(
                        candidates.getFirst().score()
                                + teams.get(forShared.optionIndex()).score(),
                        within(1e-9));
    }

    @Test
    void theRulesNameADoubleBookingAndAnExcessOfHours() {
        var problem = problem(
                List.of(option(10, 70, ANNA, MONDAY_MORNING), option(20, 75, ANNA, MONDAY_MORNING)), limit(ANNA, 10));
        var both = problem.options();
        var handMade = new Plan(
                List.of(new Plan.Choice(10, 0, both.get(0)), new Plan.Choice(20, 0, both.get(1))),
                145,
                Map.of(ANNA, 16),
                PlanSolver.greedy(problem).stats());

        assertThat(PlanRules.violations(problem, handMade))
                .contains("freelancer 1 is booked twice at slot " + (MON * 48 + 16))
                .contains("freelancer 1 gets 16 half-hours with 0 booked, over the maximum 10");
    }

    @Test
    void anOptionThatCannotFitOnItsOwnIsNeverChosen() {
        var problem = problem(List.of(option(10, 99, ANNA, MONDAY_MORNING)), new FreelancerLimit(ANNA, 10, 4));

        Plan plan = PlanSolver.solve(problem, PlanSettings.defaults());

        assertThat(plan.choices()).isEmpty();
        assertThat(plan.totalScore()).isZero();
    }

    @Test
    void aProblemRefusesAnOptionWhosePeopleHaveNoLimitOrAppearTwice() {
        var option = option(10, 70, ANNA, MONDAY_MORNING);

        assertThatThrownBy(() -> problem(List.of(option), limit(BO, 40)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No limit for freelancer 1");
        assertThatThrownBy(() -> new PlanOption(
                        10, 70, List.of(PlanMember.of(ANNA, MONDAY_MORNING), PlanMember.of(ANNA, MONDAY_AFTERNOON))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> option(10, Double.NaN, ANNA, MONDAY_MORNING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- helpers

    private static PlanOption option(long roleId, double score, long freelancerId, long[] slots) {
        return new PlanOption(roleId, score, List.of(PlanMember.of(freelancerId, slots)));
    }

    private static FreelancerLimit limit(long freelancerId, int maxHalfHours) {
        return new FreelancerLimit(freelancerId, maxHalfHours, 0);
    }

    private static PlanProblem problem(List<PlanOption> options, FreelancerLimit... limits) {
        return PlanProblem.of(options, List.of(limits));
    }

    private static List<PlanOption> concat(List<PlanOption> a, List<PlanOption> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
