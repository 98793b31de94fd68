package dk.jobandel.impact.core;

import org.jspecify.annotations.Nullable;

/**
 * Which placements the figures are for; {@code null} parts do not filter.
 *
 * @param organisationId placements this organisation has a share in
 */
public record Filter(
        @Nullable Short municipalityCode,
        @Nullable Short regionCode,
        @Nullable Long organisationId,
        @Nullable Kind kind) {

    public static final Filter NONE = new Filter(null, null, null, null);

    public static Filter organisation(long organisationId) {
        return new Filter(null, null, organisationId, null);
    }

    public boolean accepts(Placement p) {
        return (municipalityCode == null || municipalityCode == p.municipalityCode())
                && (regionCode == null || regionCode == p.regionCode())
                && (organisationId == null || p.organisationIds().contains(organisationId))
                && (kind == null || kind == p.kind());
    }

    /** A match passes unless the filter asks for what the match does not say (its municipality or region). */
    public boolean accepts(Match m) {
        return (municipalityCode == null
                        || (m.municipalityCode() != null && m.municipalityCode().equals(municipalityCode)))
                && regionCode == null
                && (organisationId == null || m.organisationIds().contains(organisationId))
                && (kind == null || kind == m.kind());
    }

    public boolean filtersByPlace() {
        return municipalityCode != null || regionCode != null;
    }
}
