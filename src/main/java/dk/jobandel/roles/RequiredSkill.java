package dk.jobandel.roles;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A skill a role asks for, how much, and at which minimum level (1–3). */
@Embeddable
public record RequiredSkill(
        short skillId, @Enumerated(EnumType.STRING) Requirement requirement, short minLevel) {

    public RequiredSkill {
        if (minLevel < 1 || minLevel > 3) {
            throw new IllegalArgumentException("Minimum level must be 1, 2 or 3");
        }
    }
}
