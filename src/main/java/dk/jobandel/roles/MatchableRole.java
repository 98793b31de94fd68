package dk.jobandel.roles;

import dk.jobandel.shared.WeekGrid;
import java.util.List;

/** A published role as the matching engine needs it, read in bulk. */
public record MatchableRole(
        long id,
        long organisationId,
        WeekGrid schedule,
        int sharers,
        int handoverMinutes,
        List<Integer> splitPercents,
        short municipalityCode,
        WorkMode workMode,
        List<RequiredSkill> skills) {}
