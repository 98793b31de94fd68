package dk.jobandel.pools;

import dk.jobandel.pools.core.Coverage;
import dk.jobandel.pools.core.Viewer;
import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The read models the module's API returns. {@link Pools} implements this interface so that other modules keep naming
 * them {@code Pools.Pool}, {@code Pools.Need} and so on (issue 18 moved them here to keep the façade small).
 */
public interface PoolViews {

    /**
     * A pool with its settings and host.
     *
     * @param hourlyWage the gross wage per hour the host pays its workers, in kroner
     * @param pensionPercent the employer's pension, percent of the wage
     */
    record Pool(
            long id,
            String name,
            long hostOrganisationId,
            String hostName,
            String purpose,
            short municipalityCode,
            BigDecimal feePercent,
            int noticeDays,
            BigDecimal minHoursPerMember,
            long version,
            BigDecimal hourlyWage,
            BigDecimal pensionPercent) {}

    /** A pool in a list, with the reader's own membership (or {@code null}). */
    record Listed(
            long id,
            String name,
            String hostName,
            short municipalityCode,
            int members,
            int openNeeds,
            @Nullable MemberStatus myStatus,
            boolean host) {}

    /** An organisation's membership. */
    record Member(
            long id,
            long organisationId,
            String organisationName,
            MemberStatus status,
            LocalDateTime appliedAt,
            @Nullable LocalDateTime decidedAt,
            long version) {}

    /** One member's needs in the overview's summary. */
    record MemberNeeds(
            long organisationId, String organisationName, int open, int filled, double openHours, double filledHours) {}

    /** A worker of the pool. */
    record Worker(long freelancerId, String name, int desiredHoursMin, int desiredHoursMax, LocalDate joinedOn) {}

    /** A freelancer who wants pool work and is not yet a worker of this pool. */
    record Candidate(long freelancerId, String name, int desiredHoursMin, int desiredHoursMax) {}

    /**
     * The pool page. A non-member organisation sees the pool's settings and approved members (to decide whether to
     * apply) but no needs, workers, applications or coverage.
     */
    record Overview(
            Pool pool,
            Viewer viewer,
            List<Member> members,
            List<MemberNeeds> needs,
            List<Worker> workers,
            @Nullable Coverage coverage) {}

    /** A need as the needs board shows it. */
    record Need(
            long id,
            long poolId,
            long organisationId,
            String organisationName,
            String title,
            WeekGrid schedule,
            BigDecimal hoursPerWeek,
            boolean remote,
            @Nullable Short municipalityCode,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            NeedStatus status,
            List<NeedSkill> skills,
            long version,
            boolean own) {}

    /**
     * An open need as the portfolio planner reads it. {@code latitude}/{@code longitude} are the municipality's
     * centre, {@code null} when remote. {@code hostOrganisationId} is the pool's employer of record.
     */
    record OpenNeed(
            long id,
            long poolId,
            long hostOrganisationId,
            long organisationId,
            WeekGrid schedule,
            double hoursPerWeek,
            boolean remote,
            @Nullable Short municipalityCode,
            @Nullable Double latitude,
            @Nullable Double longitude,
            List<NeedSkill> skills,
            LocalDate startDate,
            @Nullable LocalDate endDate) {

        /** The schedule as the engine's six words (Monday 00:00 is bit 0 of word 0). */
        public long[] scheduleWords() {
            long[] words = new long[WeekGrid.WORDS];
            for (int i = 0; i < WeekGrid.WORDS; i++) {
                words[i] = schedule.word(i);
            }
            return words;
        }

        /** The hours in whole minutes, as the engine counts. */
        public int minutesPerWeek() {
            return (int) Math.round(hoursPerWeek * 60);
        }
    }

    /** An active worker of a pool, for the planner. */
    record PoolWorker(long poolId, long freelancerId, int desiredHoursMin, int desiredHoursMax) {}

    /** A pool host's pending application, for the dashboard. */
    record Pending(long poolId, String poolName, String organisationName) {}

    /** A cooperative's dashboard: its pools and the applications awaiting its decision as a host. */
    record Dashboard(List<Listed> pools, List<Pending> pending) {}

    /**
     * What the pools page lists; see {@link Pools#listPage}. {@code namesHost}: the member names the host of a pool
     * they create ({@link dk.jobandel.pools.core.PoolRules#namesHost}), so the form asks for one.
     */
    record ListPage(List<Listed> mine, List<Listed> joinable, List<Host> hosts, boolean namesHost) {}

    /** An organisation that can host a pool. */
    record Host(long id, String name) {}
}
