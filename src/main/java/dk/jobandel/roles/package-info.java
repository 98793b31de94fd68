/**
 * Roles: the shared roles (job shares) that cooperatives post. A role is one job whose weekly schedule
 * is split between one to three people, with the handover overlap wanted at each change of person,
 * the skills it needs, the place and the terms. Roles move from draft to published (only for verified
 * organisations), filled and closed; edits to published roles are kept as a history. Its API is
 * {@link dk.jobandel.roles.SharedRoles}.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.roles;
