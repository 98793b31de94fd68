package dk.jobandel.matching.engine;

import java.util.List;

/**
 * A role compiled against one {@link MatchingData}: skill requirements as bitsets of the data's width, split into
 * the levels the scoring needs, and the figures every pair reuses. Build it once per role and scan; it is immutable
 * and may be shared across threads.
 */
public final class PreparedRole {

    final RoleSnapshot role;
    final MatchingData data;
    final long[] schedule;
    final int scheduleCount;
    final int sharers;
    /** The fewest schedule half-hours a candidate must be free for; a one-person role needs all of them. */
    final int minCovered;
    /** The half-hours a candidate would work if the role were split evenly. */
    final double share;

    /** Skills a candidate must hold at level ≥ 1, ≥ 2 and 3 (cumulative). */
    final long[] required1;

    final long[] required2;
    final long[] required3;
    /** A required skill beyond the data's skill index: nobody can hold it, so nobody is eligible. */
    final boolean impossible;
    /** Required skills whose minimum is exactly 1 or exactly 2: the ones where a higher level counts. */
    final long[] requiredExactly1;

    final long[] requiredExactly2;
    final int levelRoom;

    /** Skills that count in a candidate's favour, by the exact level wanted. */
    final long[] wantedExactly1;

    final long[] wantedExactly2;
    final long[] wantedExactly3;
    final int wantedCount;

    final WorkMode mode;
    final double x;
    final double y;
    final double z;

    private PreparedRole(RoleSnapshot role, MatchingData data) {
        this.role = role;
        this.data = data;
        schedule = role.schedule();
        scheduleCount = Slots.count(schedule);
        sharers = role.sharers();
        minCovered = sharers == 1 ? scheduleCount : ceilDiv(scheduleCount, 2 * sharers);
        share = sharers == 1 ? scheduleCount : scheduleCount / (double) sharers;

        int words = data.skillWords;
        int[] requiredLevel = levels(role.mustEach(), sharers == 1 ? role.mustOne() : List.of());
        int[] wantedLevel = levels(role.nice(), sharers == 1 ? List.of() : role.mustOne());
        required1 = new long[words];
        required2 = new long[words];
        required3 = new long[words];
        boolean beyond = false;
        for (int skill = 0; skill < requiredLevel.length; skill++) {
            int level = requiredLevel[skill];
            if (level == 0) {
                continue;
            }
            if (skill >= words * 64) {
                beyond = true;
                continue;
            }
            long bit = 1L << skill;
            required1[skill >>> 6] |= bit;
            if (level >= 2) {
                required2[skill >>> 6] |= bit;
            }
            if (level == 3) {
                required3[skill >>> 6] |= bit;
            }
        }
        impossible = beyond;
        requiredExactly1 = new long[words];
        requiredExactly2 = new long[words];
        for (int w = 0; w < words; w++) {
            requiredExactly1[w] = required1[w] & ~required2[w];
            requiredExactly2[w] = required2[w] & ~required3[w];
        }
        levelRoom = 2 * Slots.count(requiredExactly1) + Slots.count(requiredExactly2);

        wantedExactly1 = new long[words];
        wantedExactly2 = new long[words];
        wantedExactly3 = new long[words];
        int wanted = 0;
        for (int skill = 0; skill < wantedLevel.length; skill++) {
            int level = wantedLevel[skill];
            if (level == 0) {
                continue;
            }
            wanted++;
            if (skill < words * 64) { // a wanted skill beyond the index counts, but nobody holds it
                long[] target = level == 1 ? wantedExactly1 : level == 2 ? wantedExactly2 : wantedExactly3;
                target[skill >>> 6] |= 1L << skill;
            }
        }
        wantedCount = wanted;

        mode = role.workMode();
        double[] unit = Geo.unitVector(role.lat(), role.lon());
        x = unit[0];
        y = unit[1];
        z = unit[2];
    }

    /** Compiles a role for scanning one data set. */
    public static PreparedRole of(RoleSnapshot role, MatchingData data) {
        return new PreparedRole(role, data);
    }

    /** The role compiled. */
    public RoleSnapshot role() {
        return role;
    }

    /** The highest level asked for each skill id across the lists (0 when not asked). */
    @SafeVarargs
    static int[] levels(List<SkillNeed>... lists) {
        int max = -1;
        for (List<SkillNeed> list : lists) {
            for (SkillNeed need : list) {
                max = Math.max(max, need.skillId());
            }
        }
        int[] levels = new int[max + 1];
        for (List<SkillNeed> list : lists) {
            for (SkillNeed need : list) {
                levels[need.skillId()] = Math.max(levels[need.skillId()], need.minLevel());
            }
        }
        return levels;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
