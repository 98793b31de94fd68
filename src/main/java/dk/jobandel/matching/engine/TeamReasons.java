package dk.jobandel.matching.engine;

import java.util.List;

/**
 * The facts behind a team's score.
 *
 * @param mustOneHeldBy for each skill at least one sharer must have, who in the team holds it at the level
 * @param skillsMet nice-to-have skills someone in the team holds at the level wanted
 * @param skillsMissing nice-to-have skills nobody in the team holds at the level wanted
 * @param unansweredWorkStyle how many members have not answered the work-style questionnaire
 */
public record TeamReasons(
        List<SkillHolders> mustOneHeldBy,
        List<SkillNeed> skillsMet,
        List<SkillNeed> skillsMissing,
        int unansweredWorkStyle) {

    public TeamReasons {
        mustOneHeldBy = List.copyOf(mustOneHeldBy);
        skillsMet = List.copyOf(skillsMet);
        skillsMissing = List.copyOf(skillsMissing);
    }

    /** A skill and the team members who hold it at the level asked. */
    public record SkillHolders(SkillNeed need, List<Long> freelancerIds) {

        public SkillHolders {
            freelancerIds = List.copyOf(freelancerIds);
        }
    }
}
