package dk.jobandel.impact.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person as impact figures need them.
 *
 * @param signedUp the day they signed up, for the time to a first agreement
 * @param stated what they stated for impact statistics, {@code null} without their consent
 */
public record Person(long id, LocalDate signedUp, @Nullable StatedProfile stated) {}
