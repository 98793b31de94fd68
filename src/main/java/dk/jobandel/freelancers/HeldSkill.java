package dk.jobandel.freelancers;

import jakarta.persistence.Embeddable;

/** A skill a freelancer holds, at level 1 (basic), 2 (experienced) or 3 (expert). */
@Embeddable
public record HeldSkill(short skillId, short level) {

    public static final int BASIC = 1;
    public static final int EXPERT = 3;

    public HeldSkill {
        if (level < BASIC || level > EXPERT) {
            throw new IllegalArgumentException("Skill level must be 1, 2 or 3, not " + level);
        }
    }
}
