package dk.jobandel.freelancers;

import dk.jobandel.shared.WeekGrid;

/**
 * A freelancer as the matching engine needs them, read in bulk: only profiles complete enough to
 * match (a municipality, desired hours and some availability). Skills are parallel arrays of skill id
 * and level.
 */
public record MatchableFreelancer(
        long accountId,
        short municipalityCode,
        int travelKm,
        boolean worksOnSite,
        boolean worksHybrid,
        boolean worksRemote,
        int desiredHoursMin,
        int desiredHoursMax,
        WeekGrid availability,
        byte[] workStyle,
        short[] skillIds,
        short[] skillLevels) {}
