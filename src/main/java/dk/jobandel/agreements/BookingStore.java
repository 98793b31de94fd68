package dk.jobandel.agreements;

import dk.jobandel.agreements.core.BookingRules;
import dk.jobandel.shared.WeekGrid;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The booking rows of agreements: one per run of consecutive half-hours of the week ({@link BookingRules#runs}) for
 * the agreement's dates. PostgreSQL refuses a booking that overlaps the same person's booked time in overlapping dates
 * (an exclusion constraint, SQLSTATE 23P01).
 */
@Component
class BookingStore {

    private final JdbcClient jdbc;

    BookingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Books the person's half-hours for the dates; {@code false} when the database refused it because the time is
     * booked already (the transaction must then roll back to before the first booking).
     */
    boolean book(long agreementId, long freelancerId, LocalDate start, @Nullable LocalDate end, WeekGrid slots) {
        try {
            for (int[] run : BookingRules.runs(slots)) {
                jdbc.sql("""
                                insert into booking (agreement_id, freelancer_id, period, slots)
                                values (:agreement, :freelancer,
                                        daterange(cast(:start as date), cast(:end as date), '[]'),
                                        int4range(:from, :to))
                                """)
                        .param("agreement", agreementId)
                        .param("freelancer", freelancerId)
                        .param("start", Date.valueOf(start))
                        .param("end", end == null ? null : Date.valueOf(end))
                        .param("from", run[0])
                        .param("to", run[1])
                        .update();
            }
            return true;
        } catch (DataAccessException refused) {
            if (!isExclusionViolation(refused)) {
                throw refused;
            }
            return false;
        }
    }

    /** Every booking of the agreement stops after {@code lastDay}. */
    void stopAfter(long agreementId, LocalDate lastDay) {
        jdbc.sql("update booking set period = daterange(lower(period), :lastDay, '[]') where agreement_id = :id")
                .param("lastDay", Date.valueOf(lastDay))
                .param("id", agreementId)
                .update();
    }

    private static boolean isExclusionViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
