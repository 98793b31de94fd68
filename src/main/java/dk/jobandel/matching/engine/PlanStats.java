package dk.jobandel.matching.engine;

/**
 * How a {@link Plan} was found and what is known about its quality. Every figure but {@code stoppedByTimeLimit}
 * follows from the problem and the settings alone.
 *
 * @param greedyScore the total of the greedy plan the search started from (options by descending score, each taken
 *     when it still fits)
 * @param upperBound no plan scores more than this: the proven optimum of each part solved exactly plus, for the
 *     other parts, the sum of each role's best option
 * @param optimal whether the plan is proven optimal (every part solved exactly)
 * @param parts the independent parts of the problem: roles linked by a freelancer they could share
 * @param exactParts how many of them were solved exactly
 * @param largestPart the roles in the largest part
 * @param steps local-search moves tried
 * @param nodes branch-and-bound nodes visited
 * @param stoppedByTimeLimit whether the wall-clock cap cut the search short; the plan then depends on the machine
 */
public record PlanStats(
        double greedyScore,
        double upperBound,
        boolean optimal,
        int parts,
        int exactParts,
        int largestPart,
        long steps,
        long nodes,
        boolean stoppedByTimeLimit) {}
