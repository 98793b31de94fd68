package dk.jobandel.pools;

import dk.jobandel.pools.core.Coverage;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts of a pool's covered hours in one week: the hours its running needs ask for, and what is booked on them
 * (by the {@link NeedBookings} bean when there is one, else a filled need in full). {@link Coverage} does the sums.
 */
@Component
class PoolCoverage {

    private final JdbcClient jdbc;
    private final ObjectProvider<NeedBookings> bookings;

    PoolCoverage(JdbcClient jdbc, ObjectProvider<NeedBookings> bookings) {
        this.jdbc = jdbc;
        this.bookings = bookings;
    }

    /** See {@link Pools#coverage(long, LocalDate)}. */
    Coverage of(long poolId, LocalDate day) {
        LocalDate monday = Coverage.mondayOf(day);
        Map<Long, Double> needed = new HashMap<>();
        Set<Long> filled = new HashSet<>();
        jdbc.sql("""
                        select n.id, n.hours_per_week, n.status from pool_need n
                        join pool_member m on m.pool_id = n.pool_id and m.organisation_id = n.organisation_id
                        where n.pool_id = :p and m.status = 'APPROVED' and n.status in ('OPEN', 'FILLED')
                          and n.start_date <= :sunday and (n.end_date is null or n.end_date >= :monday)
                        """)
                .param("p", poolId)
                .param("monday", Date.valueOf(monday))
                .param("sunday", Date.valueOf(monday.plusDays(6)))
                .query(rs -> {
                    needed.put(rs.getLong(1), rs.getDouble(2));
                    if (NeedStatus.FILLED.name().equals(rs.getString(3))) {
                        filled.add(rs.getLong(1));
                    }
                });
        NeedBookings source = bookings.getIfAvailable();
        Map<Long, Double> booked = source != null
                ? new HashMap<>(source.bookedHours(needed.keySet(), monday))
                : Coverage.filledInFull(needed, filled);
        return Coverage.of(monday, needed, booked);
    }
}
