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
    /** The words of the skill bitsets in which some skill is required, so the full check reads only those. */
    final int[] requiredWords;
    /**
     * The scan's first filter: which word of {@link MatchingData#filter} to read (the one holding the role's rarest
     * required skill), and the bits that must all be set in it: the role's work mode and its required skills in that
     * word. Nobody without all of them is eligible.
     */
    final int filterWord;

    final long filterBits;
    /** Required skills whose minimum is exactly 1 or exactly 2: the ones where a higher level counts. */
    final long[] requiredExactly1;

    final long[] requiredExactly2;
    final int levelRoom;
    /** The words where {@link #requiredExactly1} or {@link #requiredExactly2} has a bit: all the levels score reads. */
    final int[] levelWords;

    /** Skills that count in a candidate's favour, by the exact level wanted. */
    final long[] wantedExactly1;

    final long[] wantedExactly2;
    final long[] wantedExactly3;
    final int wantedCount;
    /** The words where some skill is wanted: all the skills score reads. */
    final int[] wantedWords;

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
        int requiredWordCount = 0;
        for (long bits : required1) {
            requiredWordCount += bits != 0 ? 1 : 0;
        }
        requiredWords = new int[requiredWordCount];
        int rarestSkill = -1;
        for (int w = 0, at = 0; w < words; w++) {
            if (required1[w] == 0) {
                continue;
            }
            requiredWords[at++] = w;
            for (long bits = required1[w]; bits != 0; bits &= bits - 1) {
                int skill = w * 64 + Long.numberOfTrailingZeros(bits);
                if (rarestSkill < 0 || data.holders[skill] < data.holders[rarestSkill]) {
                    rarestSkill = skill;
                }
            }
        }
        filterWord = rarestSkill < 0 ? 0 : rarestSkill / MatchingData.FILTER_SKILLS;
        long filter = switch (role.workMode()) {
            case REMOTE -> MatchingData.FILTER_REMOTE;
            case HYBRID -> MatchingData.FILTER_HYBRID_OR_ON_SITE;
            case ON_SITE -> MatchingData.FILTER_ON_SITE;
        };
        for (int w = 0; w < words; w++) {
            for (long bits = required1[w]; bits != 0; bits &= bits - 1) {
                int skill = w * 64 + Long.numberOfTrailingZeros(bits);
                if (skill / MatchingData.FILTER_SKILLS == filterWord) {
                    filter |= 1L << (skill % MatchingData.FILTER_SKILLS);
                }
            }
        }
        filterBits = filter;
        requiredExactly1 = new long[words];
        requiredExactly2 = new long[words];
        for (int w = 0; w < words; w++) {
            requiredExactly1[w] = required1[w] & ~required2[w];
            requiredExactly2[w] = required2[w] & ~required3[w];
        }
        levelRoom = 2 * Slots.count(requiredExactly1) + Slots.count(requiredExactly2);
        levelWords = wordsWithBits(requiredExactly1, requiredExactly2, requiredExactly2);

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
        wantedWords = wordsWithBits(wantedExactly1, wantedExactly2, wantedExactly3);

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

    /** The word indexes, ascending, where any of the three bitsets has a bit. */
    private static int[] wordsWithBits(long[] a, long[] b, long[] c) {
        return java.util.stream.IntStream.range(0, a.length)
                .filter(w -> (a[w] | b[w] | c[w]) != 0)
                .toArray();
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
