/**
 * Matching: proposes single candidates and job-share teams for shared roles, with every score
 * explained. The engine ({@code engine}) is plain Java working on immutable snapshots; the Spring
 * edge that loads snapshots and stores proposals comes with the matching service.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.matching;
