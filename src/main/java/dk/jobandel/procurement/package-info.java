/**
 * Social procurement: municipalities (organisations of kind {@code MUNICIPALITY}) record contracts with social clauses
 * chosen from a clause library that consultants keep with a version history; a plain-Java check warns about doubtful
 * choices (a § 190 reservation outside its services, a trainee clause below the § 176(2) limits, an award criterion
 * with nothing to measure); suppliers (SØVs, cooperatives, firms) see published contracts, register interest and,
 * once chosen, commit to each target and report actuals with evidence every period; the municipality follows
 * committed against actual, with overdue and shortfall flags, dialogue notes and a penalty decision. The development
 * forum's knowledge bank is searched with PostgreSQL's Danish text search. Rules are in {@code core}.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.procurement;
