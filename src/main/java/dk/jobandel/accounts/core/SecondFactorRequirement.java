package dk.jobandel.accounts.core;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which members must use a second factor: those who hold one of the roles that require it (configured as
 * {@code jobandel.two-factor.required-roles}; blank entries require nothing, so an empty setting requires it of
 * nobody). Such a member must set it up and may not turn it off.
 *
 * @param roles the roles that require it, named without the {@code ROLE_} prefix
 */
public record SecondFactorRequirement(List<String> roles) {

    public SecondFactorRequirement {
        roles = roles.stream().filter(role -> !role.isBlank()).toList();
    }

    /** Whether a member who holds the roles {@code holds} accepts must use a second factor. */
    public boolean requiredFor(Predicate<String> holds) {
        return roles.stream().anyMatch(holds);
    }
}
