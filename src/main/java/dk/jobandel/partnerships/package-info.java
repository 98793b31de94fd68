/**
 * Social-economy partnerships and one-to-one guidance: social-economy enterprises (SØV) describe what they can take
 * on (services, area, capacity, target groups) and their RSV status, which a consultant checks; firms describe a
 * partnership need; a plain-Java scorer ranks SØVs for a need (and needs for a SØV) with every criterion in words;
 * consultants propose introductions that both sides accept before contacts are shared; guidance courses move from
 * intake to a closing outcome with meetings, next steps, checklists per model and partnership records with quarterly
 * follow-ups. Rules are in {@code core} (no Spring, no JDBC). The impact module reads the figures through
 * {@link dk.jobandel.partnerships.PartnershipImpact}.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.partnerships;
