/**
 * The roles module's rules in plain Java (no Spring, no JDBC): where a role stands on its way from draft to filled
 * ({@link dk.jobandel.roles.core.RoleProgress}) and what staff may do with a role
 * ({@link dk.jobandel.roles.core.RoleRules}). Internal to the module.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.roles.core;
