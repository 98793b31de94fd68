package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.FreelancerSnapshot;
import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.PreparedRole;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.matching.engine.SkillNeed;
import dk.jobandel.matching.engine.Slots;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints what the synthetic world looks like to the engine, so that the figures can be read: the mix of roles, how
 * many freelancers are eligible per role, and how far pairs get through the hard rules in the scoring benchmark's
 * role set (mode, then required skills, then hours — re-checked here from the snapshots — then eligible by the
 * engine).
 */
public final class WorldStats {

    private WorldStats() {}

    public static void main(String[] args) {
        print();
    }

    public static void print() {
        MatchingData data = Fixtures.data();
        List<RoleSnapshot> roles = Fixtures.roles();
        Map<String, Integer> mix = new TreeMap<>();
        for (RoleSnapshot role : roles) {
            mix.merge(role.sharers() + " sharer(s)", 1, Integer::sum);
            mix.merge(role.workMode().toString(), 1, Integer::sum);
        }
        System.out.printf("[world] %d freelancers, %d roles: %s%n", data.size(), roles.size(), mix);

        int sample = TopCandidatesBenchmark.ROLE_COUNT;
        int[] eligible = new int[sample];
        for (int r = 0; r < sample; r++) {
            PreparedRole role = PreparedRole.of(roles.get(r), data);
            for (int i = 0; i < data.size(); i++) {
                eligible[r] += MatchingEngine.scoreOnly(role, i) != MatchingEngine.INELIGIBLE ? 1 : 0;
            }
        }
        int[] sorted = eligible.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "[world] eligible freelancers per role (first %d roles): p10 %d, p50 %d, p90 %d, max %d;"
                        + " none eligible: %d roles; fewer than 20: %d roles%n",
                sample,
                sorted[sample / 10],
                sorted[sample / 2],
                sorted[sample * 9 / 10],
                sorted[sample - 1],
                Arrays.stream(eligible).filter(n -> n == 0).count(),
                Arrays.stream(eligible).filter(n -> n < 20).count());

        long[] passed = new long[4];
        List<RoleSnapshot> scoring = roles.subList(0, ScoringBenchmark.ROLE_COUNT);
        for (RoleSnapshot role : scoring) {
            PreparedRole prepared = PreparedRole.of(role, data);
            List<SkillNeed> required = new ArrayList<>(role.mustEach());
            if (role.sharers() == 1) {
                required.addAll(role.mustOne());
            }
            long[] schedule = role.schedule();
            int slots = Slots.count(schedule);
            int minCovered = role.sharers() == 1 ? slots : (slots + 2 * role.sharers() - 1) / (2 * role.sharers());
            for (int i = 0; i < data.size(); i++) {
                FreelancerSnapshot f = data.freelancer(i);
                boolean mode = switch (role.workMode()) {
                    case REMOTE -> f.remote();
                    case HYBRID -> f.hybrid() || f.onSite();
                    case ON_SITE -> f.onSite();
                };
                if (!mode) {
                    continue;
                }
                passed[0]++;
                if (!required.stream().allMatch(need -> f.level(need.skillId()) >= need.minLevel())) {
                    continue;
                }
                passed[1]++;
                long[] available = f.available();
                int covered = 0;
                for (int w = 0; w < Slots.WORDS; w++) {
                    covered += Long.bitCount(available[w] & schedule[w]);
                }
                if (covered < minCovered || (role.sharers() == 1 && slots > f.desiredMaxHalfHours())) {
                    continue;
                }
                passed[2]++;
                passed[3] += MatchingEngine.scoreOnly(prepared, i) != MatchingEngine.INELIGIBLE ? 1 : 0;
            }
        }
        double pairs = (double) ScoringBenchmark.PAIRS;
        System.out.printf(
                "[world] scoring set (%d roles): pairs passing work mode %.1f %%, + required skills %.2f %%,"
                        + " + hours %.2f %%, eligible (+ distance) %.2f %%%n",
                scoring.size(),
                100 * passed[0] / pairs,
                100 * passed[1] / pairs,
                100 * passed[2] / pairs,
                100 * passed[3] / pairs);
    }
}
