package dk.jobandel.roles;

/** A role's details or status changed: its proposals may no longer fit. */
public record RoleUpdated(long roleId) {}
