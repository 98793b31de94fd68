package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random whole-plan problems with real contention: few freelancers shared by many roles, slots drawn from a handful
 * of blocks of the week so that some options overlap and some do not, limits that sometimes bind, some hours already
 * booked, and scores on a coarse grid so that ties happen.
 */
final class PlanGenerators {

    /** Blocks of the week that slots are made of: mornings and afternoons on Monday to Wednesday, a Saturday. */
    private static final long[][] BLOCKS = {
        Week.day(Week.MON, "08:00", "12:00"),
        Week.day(Week.MON, "12:00", "16:00"),
        Week.day(Week.TUE, "08:00", "12:00"),
        Week.day(Week.TUE, "11:30", "16:00"),
        Week.day(Week.WED, "08:00", "16:00"),
        Week.day(Week.SAT, "10:00", "14:00"),
    };

    private PlanGenerators() {}

    /** A problem of up to {@code maxRoles} roles with up to {@code maxOptions} options each. */
    static PlanProblem problem(SplittableRandom random, int maxRoles, int maxOptions) {
        int freelancerCount = 2 + random.nextInt(9);
        List<FreelancerLimit> limits = new ArrayList<>();
        for (int j = 0; j < freelancerCount; j++) {
            long id = 1 + (j * 7919L) % 100 + 100L * j; // not in index order
            int max = 8 + random.nextInt(60);
            int booked = random.nextInt(4) == 0 ? random.nextInt(16) : 0;
            limits.add(new FreelancerLimit(id, max, booked));
        }
        int roleCount = 1 + random.nextInt(maxRoles);
        List<PlanOption> options = new ArrayList<>();
        for (int r = 0; r < roleCount; r++) {
            long roleId = 500 - 37L * r; // not in index order either
            for (int k = random.nextInt(maxOptions + 1); k > 0; k--) {
                options.add(option(random, roleId, limits));
            }
        }
        return PlanProblem.of(options, limits);
    }

    private static PlanOption option(SplittableRandom random, long roleId, List<FreelancerLimit> limits) {
        int size = Math.min(limits.size(), 1 + (random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0));
        List<FreelancerLimit> pool = new ArrayList<>(limits);
        List<PlanMember> members = new ArrayList<>();
        for (int m = 0; m < size; m++) {
            FreelancerLimit person = pool.remove(random.nextInt(pool.size()));
            long[] slots = new long[Slots.WORDS];
            for (int b = 1 + random.nextInt(2); b > 0; b--) {
                long[] block = BLOCKS[random.nextInt(BLOCKS.length)];
                for (int w = 0; w < Slots.WORDS; w++) {
                    slots[w] |= block[w];
                }
            }
            members.add(PlanMember.of(person.freelancerId(), slots));
        }
        double score = random.nextInt(4) == 0 ? 5 * random.nextInt(21) : 100 * random.nextDouble();
        return new PlanOption(roleId, score, members);
    }
}
