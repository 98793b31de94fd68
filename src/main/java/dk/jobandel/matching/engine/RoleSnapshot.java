package dk.jobandel.matching.engine;

import java.util.List;

/**
 * What the engine knows about one shared role, taken at one moment. Arrays are copied in and out.
 *
 * <p>Skills "every sharer must have" come as per-level bitsets over the dense skill index: a skill in
 * {@code mustEach2} needs level 2 or more. Whether a level-3 requirement is also set in the lower bitsets does not
 * matter: the engine reads the highest level at which a skill is set. Skills "at least one sharer must have" and
 * "nice to have" come as lists; a skill listed twice in one list counts once, at its highest level.
 *
 * @param id the role's id
 * @param schedule the half-hours of the week that someone must work (six words)
 * @param sharers how many people share the role, 1–3
 * @param handoverHalfHours the overlap wanted at each change of person, 0–8 half-hours
 * @param splitPercents the preferred share of hours per person (one per sharer, summing to 100), or empty for even
 * @param mustEach1 skills every sharer must hold at level 1 or more
 * @param mustEach2 skills every sharer must hold at level 2 or more
 * @param mustEach3 skills every sharer must hold at level 3
 * @param mustOne skills at least one sharer must hold (for a one-person role: that person)
 * @param nice skills that count in a candidate's favour
 * @param lat latitude of the workplace, degrees
 * @param lon longitude of the workplace, degrees
 * @param workMode where the work is done
 */
public record RoleSnapshot(
        long id,
        long[] schedule,
        int sharers,
        int handoverHalfHours,
        int[] splitPercents,
        long[] mustEach1,
        long[] mustEach2,
        long[] mustEach3,
        List<SkillNeed> mustOne,
        List<SkillNeed> nice,
        double lat,
        double lon,
        WorkMode workMode) {

    /** Checks and copies. */
    public RoleSnapshot {
        if (sharers < 1 || sharers > 3) {
            throw new IllegalArgumentException("A role is shared by 1–3 people, not " + sharers);
        }
        if (handoverHalfHours < 0 || handoverHalfHours > 8) {
            throw new IllegalArgumentException("Handover is 0–8 half-hours, not " + handoverHalfHours);
        }
        if (splitPercents.length != 0) {
            int sum = 0;
            for (int percent : splitPercents) {
                if (percent <= 0) {
                    throw new IllegalArgumentException("Split percents must be positive");
                }
                sum += percent;
            }
            if (splitPercents.length != sharers || sum != 100) {
                throw new IllegalArgumentException("Split percents need one per sharer, summing to 100");
            }
        }
        schedule = Slots.checked(schedule, "Schedule of role " + id);
        splitPercents = splitPercents.clone();
        mustEach1 = mustEach1.clone();
        mustEach2 = mustEach2.clone();
        mustEach3 = mustEach3.clone();
        mustOne = List.copyOf(mustOne);
        nice = List.copyOf(nice);
    }

    /**
     * The skills every sharer must have, as needs: each skill once, at the highest level whose bitset holds it, in
     * skill order.
     */
    public List<SkillNeed> mustEach() {
        var needs = new java.util.ArrayList<SkillNeed>();
        int words = Math.max(mustEach1.length, Math.max(mustEach2.length, mustEach3.length));
        for (int skill = 0; skill < words * 64; skill++) {
            int level = has(mustEach3, skill) ? 3 : has(mustEach2, skill) ? 2 : has(mustEach1, skill) ? 1 : 0;
            if (level > 0) {
                needs.add(new SkillNeed(skill, level));
            }
        }
        return List.copyOf(needs);
    }

    private static boolean has(long[] bits, int skill) {
        return skill >>> 6 < bits.length && (bits[skill >>> 6] & (1L << skill)) != 0;
    }

    @Override
    public long[] schedule() {
        return schedule.clone();
    }

    @Override
    public int[] splitPercents() {
        return splitPercents.clone();
    }

    @Override
    public long[] mustEach1() {
        return mustEach1.clone();
    }

    @Override
    public long[] mustEach2() {
        return mustEach2.clone();
    }

    @Override
    public long[] mustEach3() {
        return mustEach3.clone();
    }
}
