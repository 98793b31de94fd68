package dk.jobandel.agreements;

import dk.jobandel.pools.NeedBookings;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool overview's "covered this week" from agreements: a need's booked hours are the half-hours a week of its
 * parts in active pool agreements whose dates touch the week, halved. An ended agreement no longer counts, even for
 * the days it still ran.
 */
@Component
class AgreementNeedBookings implements NeedBookings {

    private final JdbcClient jdbc;

    AgreementNeedBookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement whatever the number of needs. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, Double> bookedHours(Collection<Long> needIds, LocalDate monday) {
        Map<Long, Double> hours = new HashMap<>();
        if (needIds.isEmpty()) {
            return hours;
        }
        jdbc.sql("""
                        select ap.need_id, sum(ap.half_hours) from agreement_part ap
                        join agreement a on a.id = ap.agreement_id
                        where ap.need_id in (:needs) and a.status = 'ACTIVE'
                          and a.start_date <= :sunday and (a.end_date is null or a.end_date >= :monday)
                        group by ap.need_id
                        """)
                .param("needs", needIds)
                .param("monday", Date.valueOf(monday))
                .param("sunday", Date.valueOf(monday.plusDays(6)))
                .query(rs -> {
                    hours.put(rs.getLong(1), rs.getInt(2) / 2.0);
                });
        return hours;
    }
}
