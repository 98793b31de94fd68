/**
 * Shared: value types and reference data that several modules use. Today the Danish municipalities
 * and regions and the skill catalogue (see {@link dk.jobandel.shared.ReferenceData}); the matching
 * engine's week grid joins them. It depends on no other module.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.shared;
