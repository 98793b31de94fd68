package dk.jobandel.matching.engine;

import java.util.List;

/**
 * The facts behind a single candidate's score, as data for the words a member reads.
 *
 * @param requiredHeld the required skills (every sharer must have; for a one-person role also "at least one") with
 *     the level the person holds, which may exceed the minimum
 * @param skillsMet the wanted skills held at the level wanted
 * @param skillsMissing the wanted skills not held at all
 * @param levelGaps the wanted skills held below the level wanted
 * @param coveredSlots the role's half-hours the person is free for (six words)
 * @param uncoveredSlots the role's half-hours the person is not free for (six words)
 * @param distanceKm the distance from home to the workplace (for a remote role, informative only)
 * @param shareHalfHours the half-hours the person would work: all of a one-person role, otherwise an even share
 *     capped by the half-hours they are free for
 * @param desiredMinHalfHours the fewest half-hours the person wants
 * @param desiredMaxHalfHours the most half-hours the person wants
 */
public record CandidateReasons(
        List<LevelGap> requiredHeld,
        List<SkillNeed> skillsMet,
        List<SkillNeed> skillsMissing,
        List<LevelGap> levelGaps,
        long[] coveredSlots,
        long[] uncoveredSlots,
        double distanceKm,
        double shareHalfHours,
        int desiredMinHalfHours,
        int desiredMaxHalfHours) {

    public CandidateReasons {
        requiredHeld = List.copyOf(requiredHeld);
        skillsMet = List.copyOf(skillsMet);
        skillsMissing = List.copyOf(skillsMissing);
        levelGaps = List.copyOf(levelGaps);
        coveredSlots = coveredSlots.clone();
        uncoveredSlots = uncoveredSlots.clone();
    }

    @Override
    public long[] coveredSlots() {
        return coveredSlots.clone();
    }

    @Override
    public long[] uncoveredSlots() {
        return uncoveredSlots.clone();
    }
}
