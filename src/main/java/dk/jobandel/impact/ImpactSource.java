package dk.jobandel.impact;

import dk.jobandel.impact.core.Match;
import dk.jobandel.impact.core.Placement;
import java.time.LocalDate;
import java.util.List;

/**
 * Where impact facts come from. Every bean of this type is asked, and the figures are counted over all of them, so a
 * new instrument (partnerships, procurement clauses) plugs in by declaring a bean, without changing the core. A
 * source must return facts only, never names of people; the figures are aggregated and protected before anybody sees
 * them.
 */
public interface ImpactSource {

    /** Placements that start on or before {@code until}. */
    List<Placement> placements(LocalDate until);

    /** People matched (offered work) from {@code from} to {@code to}; none by default. */
    default List<Match> matches(LocalDate from, LocalDate to) {
        return List.of();
    }
}
