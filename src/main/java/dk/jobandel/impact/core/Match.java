package dk.jobandel.impact.core;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person matched: a consultant approved a proposal with them in it, and they were offered the work.
 *
 * @param organisationIds the organisations the offer was for
 * @param municipalityCode where the work is, {@code null} when the source does not say
 */
public record Match(
        long personId,
        LocalDate on,
        Kind kind,
        Set<Long> organisationIds,
        @Nullable Short municipalityCode) {

    public Match {
        organisationIds = Set.copyOf(organisationIds);
    }
}
