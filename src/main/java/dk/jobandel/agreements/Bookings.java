package dk.jobandel.agreements;

import dk.jobandel.shared.WeekGrid;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's booked time, read in bulk, so that matching offers nobody time they have already agreed to work. Each
 * booking row is one run of consecutive half-hours of the week for an agreement's dates.
 */
@Service
public class Bookings {

    private final JdbcClient jdbc;

    Bookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The half-hours booked in the week (Monday to Sunday) that holds {@code date}, by freelancer account id: every
     * booking whose dates touch that week counts. People with nothing booked are absent. One statement.
     */
    @Transactional(readOnly = true)
    public Map<Long, WeekGrid> bookedSlotsOn(LocalDate date) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return bookedSlotsDuring(monday, monday.plusDays(6));
    }

    /**
     * The half-hours booked on any day from {@code from} to {@code to} (inclusive; {@code null}: from then on), by
     * freelancer account id, as one week: a slot is in it if it is booked in any week of the period. One statement.
     */
    @Transactional(readOnly = true)
    public Map<Long, WeekGrid> bookedSlotsDuring(LocalDate from, @Nullable LocalDate to) {
        return grids(jdbc.sql("""
                        select freelancer_id, lower(slots), upper(slots) from booking
                        where period && daterange(cast(:from as date), cast(:to as date), '[]')
                        """).param("from", Date.valueOf(from)).param("to", to == null ? null : Date.valueOf(to)));
    }

    /**
     * As {@link #bookedSlotsDuring(LocalDate, LocalDate)} for the people {@code freelancerIds} only, by freelancer
     * account id and then by the employing
     * organisation's id: a person's hours with each employer, so that the hours with the employers of one group
     * (koncern) can be counted together. One statement.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, WeekGrid>> bookedSlotsByOrganisationDuring(
            LocalDate from, @Nullable LocalDate to, Set<Long> freelancerIds) {
        if (freelancerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, long[]>> words = new HashMap<>();
        jdbc.sql("""
                        select b.freelancer_id, a.organisation_id, lower(b.slots), upper(b.slots)
                        from booking b join agreement a on a.id = b.agreement_id
                        where b.freelancer_id in (:people)
                          and b.period && daterange(cast(:from as date), cast(:to as date), '[]')
                        """)
                .param("people", freelancerIds)
                .param("from", Date.valueOf(from))
                .param("to", to == null ? null : Date.valueOf(to))
                .query(rs -> {
                    long[] grid = words.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .computeIfAbsent(rs.getLong(2), id -> new long[WeekGrid.WORDS]);
                    for (int slot = rs.getInt(3); slot < rs.getInt(4); slot++) {
                        grid[slot >>> 6] |= 1L << slot;
                    }
                });
        Map<Long, Map<Long, WeekGrid>> grids = new HashMap<>();
        words.forEach((person, byOrganisation) -> {
            Map<Long, WeekGrid> own = new HashMap<>();
            byOrganisation.forEach((organisation, grid) -> own.put(organisation, WeekGrid.ofWords(grid)));
            grids.put(person, Map.copyOf(own));
        });
        return Map.copyOf(grids);
    }

    private static Map<Long, WeekGrid> grids(JdbcClient.StatementSpec statement) {
        Map<Long, long[]> words = new HashMap<>();
        statement.query(rs -> {
            long[] grid = words.computeIfAbsent(rs.getLong(1), id -> new long[WeekGrid.WORDS]);
            for (int slot = rs.getInt(2); slot < rs.getInt(3); slot++) {
                grid[slot >>> 6] |= 1L << slot;
            }
        });
        Map<Long, WeekGrid> grids = new HashMap<>();
        words.forEach((id, grid) -> grids.put(id, WeekGrid.ofWords(grid)));
        return Map.copyOf(grids);
    }
}
