package dk.jobandel.matching.engine;

/**
 * A skill a role asks for, at a minimum level.
 *
 * @param skillId the dense skill index, 0 or more
 * @param minLevel 1, 2 or 3
 */
public record SkillNeed(int skillId, int minLevel) {

    /** Checks the ranges. */
    public SkillNeed {
        if (skillId < 0) {
            throw new IllegalArgumentException("Skill id must not be negative: " + skillId);
        }
        if (minLevel < 1 || minLevel > 3) {
            throw new IllegalArgumentException("Minimum level must be 1, 2 or 3: " + minLevel);
        }
    }
}
