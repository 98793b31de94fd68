package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link PlanProblem} compiled to primitive arrays for the search. Roles are numbered by ascending id, freelancers
 * by ascending id (only those in some option), and a role's options are kept in order of preference: score
 * descending, then member ids ascending, then the position given. Options that break a limit on their own (a member
 * with more half-hours than they have left) are dropped here, so the search never sees them.
 *
 * <p>Scores are held as whole micro-points ({@code round(score × 10⁶)}) so that sums are exact and the same in any
 * order; two options closer than that count as equal and are told apart by ids.
 */
final class PlanModel {

    static final double MICRO = 1e6;

    final int roles;
    final long[] roleIds;
    /** Options of role r: {@code roleStart[r]} to {@code roleStart[r + 1]}, in order of preference. */
    final int[] roleStart;

    final int options;
    final int[] optionRole;
    final long[] optionScore;
    /** The position of the option among its role's options as given. */
    final int[] optionIndex;

    final PlanOption[] optionSource;
    /** Members of option o: {@code memberStart[o]} to {@code memberStart[o + 1]}. */
    final int[] memberStart;

    final int[] memberFreelancer;
    /** Six words per member. */
    final long[] memberSlots;

    final int[] memberHours;

    final int freelancers;
    final long[] freelancerIds;
    /** The half-hours each freelancer has left for this plan. */
    final int[] capacity;
    /** Per freelancer, the options they are in, ascending. */
    final int[][] optionsWith;

    PlanModel(PlanProblem problem) {
        Map<Long, List<PlanOption>> byRole = problem.optionsByRole();
        TreeMap<Long, Integer> freelancerIndex = new TreeMap<>();
        for (PlanOption option : problem.options()) {
            for (PlanMember member : option.members()) {
                freelancerIndex.put(member.freelancerId(), 0);
            }
        }
        freelancers = freelancerIndex.size();
        freelancerIds = new long[freelancers];
        capacity = new int[freelancers];
        int f = 0;
        for (var entry : freelancerIndex.entrySet()) {
            entry.setValue(f);
            freelancerIds[f] = entry.getKey();
            capacity[f] = problem.limits().get(entry.getKey()).remainingHalfHours();
            f++;
        }

        record Indexed(PlanOption option, int index, long score) {}
        Comparator<Indexed> preference = Comparator.comparingLong(Indexed::score)
                .reversed()
                .thenComparing(
                        (a, b) -> compareIds(a.option().memberIds(), b.option().memberIds()))
                .thenComparingInt(Indexed::index);
        roles = byRole.size();
        roleIds = new long[roles];
        roleStart = new int[roles + 1];
        List<Indexed> kept = new ArrayList<>();
        int r = 0;
        for (var entry : byRole.entrySet()) {
            roleIds[r] = entry.getKey();
            roleStart[r] = kept.size();
            List<Indexed> ofRole = new ArrayList<>();
            List<PlanOption> given = entry.getValue();
            for (int index = 0; index < given.size(); index++) {
                PlanOption option = given.get(index);
                if (fitsAlone(option, problem)) {
                    ofRole.add(new Indexed(option, index, Math.round(option.score() * MICRO)));
                }
            }
            ofRole.sort(preference);
            kept.addAll(ofRole);
            r++;
        }
        roleStart[roles] = kept.size();

        options = kept.size();
        optionRole = new int[options];
        optionScore = new long[options];
        optionIndex = new int[options];
        optionSource = new PlanOption[options];
        memberStart = new int[options + 1];
        int memberCount = 0;
        for (Indexed indexed : kept) {
            memberCount += indexed.option().members().size();
        }
        memberFreelancer = new int[memberCount];
        memberSlots = new long[memberCount * Slots.WORDS];
        memberHours = new int[memberCount];
        int[] optionsPerFreelancer = new int[freelancers];
        int m = 0;
        for (r = 0; r < roles; r++) {
            for (int o = roleStart[r]; o < roleStart[r + 1]; o++) {
                Indexed indexed = kept.get(o);
                optionRole[o] = r;
                optionScore[o] = indexed.score();
                optionIndex[o] = indexed.index();
                optionSource[o] = indexed.option();
                memberStart[o] = m;
                for (PlanMember member : indexed.option().members()) {
                    int freelancer = freelancerIndex.get(member.freelancerId());
                    memberFreelancer[m] = freelancer;
                    System.arraycopy(member.slots(), 0, memberSlots, m * Slots.WORDS, Slots.WORDS);
                    memberHours[m] = member.halfHours();
                    optionsPerFreelancer[freelancer]++;
                    m++;
                }
            }
        }
        memberStart[options] = m;
        optionsWith = new int[freelancers][];
        for (f = 0; f < freelancers; f++) {
            optionsWith[f] = new int[optionsPerFreelancer[f]];
        }
        Arrays.fill(optionsPerFreelancer, 0);
        for (int o = 0; o < options; o++) {
            for (int j = memberStart[o]; j < memberStart[o + 1]; j++) {
                int freelancer = memberFreelancer[j];
                optionsWith[freelancer][optionsPerFreelancer[freelancer]++] = o;
            }
        }
    }

    private static boolean fitsAlone(PlanOption option, PlanProblem problem) {
        for (PlanMember member : option.members()) {
            if (member.halfHours() > problem.limits().get(member.freelancerId()).remainingHalfHours()) {
                return false;
            }
        }
        return true;
    }

    static int compareIds(List<Long> a, List<Long> b) {
        for (int j = 0; j < Math.min(a.size(), b.size()); j++) {
            int c = Long.compare(a.get(j), b.get(j));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The member of option o who is freelancer f, or -1. */
    int memberOf(int o, int f) {
        for (int j = memberStart[o]; j < memberStart[o + 1]; j++) {
            if (memberFreelancer[j] == f) {
                return j;
            }
        }
        return -1;
    }

    /** The best (first) option of role r's score, or 0 for a role without options. */
    long bestScore(int r) {
        return roleStart[r] < roleStart[r + 1] ? optionScore[roleStart[r]] : 0;
    }
}
