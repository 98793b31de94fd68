package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.FreelancerLimit;
import dk.jobandel.matching.engine.PlanMember;
import dk.jobandel.matching.engine.PlanOption;
import dk.jobandel.matching.engine.PlanProblem;
import dk.jobandel.matching.engine.Slots;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An upper bound on the best plan by Lagrangian relaxation, to say how far a plan can be from the optimum where
 * exhaustive search is out of reach. "Nobody twice in a half-hour" and "nobody over their hours" are moved into the
 * objective with prices λ (per person and half-hour) and μ (per person and half-hour of their limit); each role then
 * simply takes its option of highest priced score, or none. For any prices ≥ 0 that sum plus the prices' total is an
 * upper bound (weak duality); subgradient steps lower it, and the lowest seen is returned.
 *
 * <p>Benchmark tooling on the engine's public API only, not part of the engine.
 */
final class PlanUpperBound {

    private PlanUpperBound() {}

    /**
     * The bound after {@code iterations} subgradient steps (Polyak's step towards {@code target}, a total known to be
     * reachable, halved after 20 steps without progress).
     */
    static double of(PlanProblem problem, double target, int iterations) {
        Map<Long, Integer> index = new HashMap<>();
        List<FreelancerLimit> limits = new ArrayList<>(problem.limits().values());
        for (FreelancerLimit limit : limits) {
            index.put(limit.freelancerId(), index.size());
        }
        int people = index.size();
        int[] capacity = new int[people];
        for (FreelancerLimit limit : limits) {
            capacity[index.get(limit.freelancerId())] = limit.remainingHalfHours();
        }
        // options that fit on their own, as arrays: per member the person, the hours and the slots
        List<List<PlanOption>> roles = new ArrayList<>();
        for (List<PlanOption> options : problem.optionsByRole().values()) {
            List<PlanOption> fitting = new ArrayList<>();
            for (PlanOption option : options) {
                boolean fits = true;
                for (PlanMember member : option.members()) {
                    fits &= member.halfHours() <= capacity[index.get(member.freelancerId())];
                }
                if (fits) {
                    fitting.add(option);
                }
            }
            roles.add(fitting);
        }
        int[][][] slotsOf = new int[roles.size()][][];
        int[][] personOf = new int[roles.size()][];
        int[][] hoursOf = new int[roles.size()][];
        double[][] scoreOf = new double[roles.size()][];
        int[][] memberStart = new int[roles.size()][];
        for (int r = 0; r < roles.size(); r++) {
            List<PlanOption> options = roles.get(r);
            int members = options.stream().mapToInt(o -> o.members().size()).sum();
            slotsOf[r] = new int[members][];
            personOf[r] = new int[members];
            hoursOf[r] = new int[members];
            scoreOf[r] = new double[options.size()];
            memberStart[r] = new int[options.size() + 1];
            int m = 0;
            for (int o = 0; o < options.size(); o++) {
                scoreOf[r][o] = options.get(o).score();
                memberStart[r][o] = m;
                for (PlanMember member : options.get(o).members()) {
                    long[] words = member.slots();
                    int[] slots = new int[member.halfHours()];
                    int k = 0;
                    for (int slot = 0; slot < Slots.SLOTS; slot++) {
                        if (Slots.contains(words, slot)) {
                            slots[k++] = slot;
                        }
                    }
                    slotsOf[r][m] = slots;
                    personOf[r][m] = index.get(member.freelancerId());
                    hoursOf[r][m] = member.halfHours();
                    m++;
                }
            }
            memberStart[r][options.size()] = m;
        }

        double[] lambda = new double[people * Slots.SLOTS];
        double[] mu = new double[people];
        double[] usage = new double[people * Slots.SLOTS];
        double[] hours = new double[people];
        double best = Double.POSITIVE_INFINITY;
        double theta = 2.0;
        int sinceImproved = 0;
        for (int iteration = 0; iteration < iterations; iteration++) {
            Arrays.fill(usage, 0);
            Arrays.fill(hours, 0);
            double value = 0;
            for (int r = 0; r < roles.size(); r++) {
                int chosen = -1;
                double top = 0;
                for (int o = 0; o < scoreOf[r].length; o++) {
                    double priced = scoreOf[r][o];
                    for (int m = memberStart[r][o]; m < memberStart[r][o + 1]; m++) {
                        int base = personOf[r][m] * Slots.SLOTS;
                        for (int slot : slotsOf[r][m]) {
                            priced -= lambda[base + slot];
                        }
                        priced -= mu[personOf[r][m]] * hoursOf[r][m];
                    }
                    if (priced > top) {
                        top = priced;
                        chosen = o;
                    }
                }
                value += top;
                if (chosen >= 0) {
                    for (int m = memberStart[r][chosen]; m < memberStart[r][chosen + 1]; m++) {
                        int base = personOf[r][m] * Slots.SLOTS;
                        for (int slot : slotsOf[r][m]) {
                            usage[base + slot]++;
                        }
                        hours[personOf[r][m]] += hoursOf[r][m];
                    }
                }
            }
            double norm = 0;
            for (int cell = 0; cell < lambda.length; cell++) {
                value += lambda[cell];
                double g = 1 - usage[cell];
                if (lambda[cell] > 0 || g < 0) {
                    norm += g * g;
                }
            }
            for (int f = 0; f < people; f++) {
                value += mu[f] * capacity[f];
                double g = capacity[f] - hours[f];
                if (mu[f] > 0 || g < 0) {
                    norm += g * g;
                }
            }
            if (value < best - 1e-9) {
                best = value;
                sinceImproved = 0;
            } else if (++sinceImproved >= 20) {
                theta /= 2;
                sinceImproved = 0;
            }
            if (norm == 0) {
                break; // the relaxed choice keeps every rule: the bound is reached
            }
            double step = theta * Math.max(value - target, 1e-6) / norm;
            for (int cell = 0; cell < lambda.length; cell++) {
                lambda[cell] = Math.max(0, lambda[cell] - step * (1 - usage[cell]));
            }
            for (int f = 0; f < people; f++) {
                mu[f] = Math.max(0, mu[f] - step * (capacity[f] - hours[f]));
            }
        }
        return best;
    }
}
