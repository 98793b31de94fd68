package dk.jobandel.pools;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Where covered hours come from, for the pool overview's "covered this week". Without a bean of this type a need
 * counts as covered in full when it is filled; a module that books workers on needs (agreements) can provide one
 * that answers from the bookings of the week instead.
 */
public interface NeedBookings {

    /** Hours booked on each of these needs in the week starting on this Monday; needs without bookings may be left out. */
    Map<Long, Double> bookedHours(Collection<Long> needIds, LocalDate monday);
}
