package dk.jobandel.roles;

import java.util.List;

/**
 * Anonymous demand for one person's skills: how many published roles ask for a skill the person has, and of those
 * how many the person's skills or hours keep out of reach. Plain Java over one row of facts per role.
 *
 * @param roles published roles that ask for at least one of the person's skills
 * @param limitedBySkills of those, roles that need a skill (or a level) every sharer must have and the person lacks
 * @param limitedByHours of those, roles where the person's available hours cover less than one sharer's share
 */
public record Demand(int roles, int limitedBySkills, int limitedByHours) {

    public static final Demand NONE = new Demand(0, 0, 0);

    /**
     * One published role that asks for a skill the person has.
     *
     * @param lacksRequiredSkill the person lacks a skill the role needs from them (every sharer's, or the only
     *     sharer's), or its level
     * @param scheduleHalfHours the role's half-hours a week
     * @param sharers how many share the role
     * @param overlapHalfHours the half-hours of the role's schedule the person is available in
     */
    public record RoleFacts(boolean lacksRequiredSkill, int scheduleHalfHours, int sharers, int overlapHalfHours) {

        /** The person is available for less than one sharer's share of the role's hours. */
        public boolean tooFewHours() {
            return overlapHalfHours * sharers < scheduleHalfHours;
        }
    }

    public static Demand of(List<RoleFacts> roles) {
        int skills = 0;
        int hours = 0;
        for (RoleFacts role : roles) {
            if (role.lacksRequiredSkill()) {
                skills++;
            }
            if (role.tooFewHours()) {
                hours++;
            }
        }
        return new Demand(roles.size(), skills, hours);
    }

    /** Whether improving the profile (skills or hours) would open roles to the person. */
    public boolean profileLimits() {
        return limitedBySkills > 0 || limitedByHours > 0;
    }
}
