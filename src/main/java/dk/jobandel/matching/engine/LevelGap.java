package dk.jobandel.matching.engine;

/**
 * A wanted skill held, but below the level wanted.
 *
 * @param skillId the skill
 * @param wanted the level wanted
 * @param held the level held (1 or 2)
 */
public record LevelGap(int skillId, int wanted, int held) {}
