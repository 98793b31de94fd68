/**
 * Shared: value types and reference data that several modules use: the Danish municipalities and
 * regions (see {@link dk.jobandel.shared.ReferenceData}) and the week grid of availability and
 * schedules. It depends on no other module.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.shared;
