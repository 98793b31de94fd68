package dk.jobandel.matching;

import dk.jobandel.matching.engine.Candidate;
import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.PreparedRole;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.matching.engine.Team;
import dk.jobandel.matching.engine.TeamMember;
import dk.jobandel.shared.WeekGrid;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A matching run: takes a snapshot, asks the engine for every published role's best single
 * candidates (one-person roles) or teams (shared roles), and stores them as proposals with their
 * breakdown. Proposals nobody has reviewed yet are replaced; reviewed ones are kept. Every run is
 * recorded: who or what started it, when, the engine version, counts and duration.
 */
@Service
public class MatchingRuns {

    /** Bumped whenever scoring changes, so stored proposals say which rules made them. */
    public static final String ENGINE_VERSION = "engine-1";

    static final int CANDIDATES_PER_ROLE = 10;
    static final int TEAMS_PER_ROLE = 5;
    /** Pool sizes from docs/performance.md: both keep a team search near 20,000 combinations. */
    static final int PAIR_POOL = 200;

    static final int TRIPLE_POOL = 50;

    public enum Trigger {
        MANUAL,
        NIGHTLY,
        CHANGE
    }

    /** A finished run as pages show it. */
    public record Run(
            long id,
            Trigger trigger,
            Instant startedAt,
            @Nullable Instant finishedAt,
            String status,
            int roles,
            int freelancers,
            int proposals,
            @Nullable Long durationMs) {}

    private final MatchingSnapshots snapshots;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    MatchingRuns(MatchingSnapshots snapshots, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs matching for every published role. Only one run at a time: a second one while the first
     * is working is refused (empty), never queued twice.
     */
    @Transactional
    public Optional<Run> runAll(Trigger trigger, @Nullable Long startedBy) {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('jobandel.matching'))")
                .query(Boolean.class)
                .single();
        if (!Boolean.TRUE.equals(locked)) {
            return Optional.empty();
        }
        Instant started = clock.instant();
        long runId = jdbc.sql("""
                        insert into matching_run (trigger, started_by, started_at, engine_version, status)
                        values (:trigger, :by, :at, :version, 'RUNNING') returning id
                        """)
                .param("trigger", trigger.name())
                .param("by", startedBy)
                .param("at", Timestamp.from(started))
                .param("version", ENGINE_VERSION)
                .query(Long.class)
                .single();
        MatchingSnapshots.Snapshot snapshot = snapshots.take();
        MatchingData data = snapshot.freelancers();
        int proposals = 0;
        for (RoleSnapshot role : snapshot.roles()) {
            jdbc.sql("delete from proposal where role_id = :role and review_status = 'UNREVIEWED'")
                    .param("role", role.id())
                    .update();
            if (role.sharers() == 1) {
                List<Candidate> candidates =
                        MatchingEngine.topCandidates(PreparedRole.of(role, data), CANDIDATES_PER_ROLE);
                for (int rank = 0; rank < candidates.size(); rank++) {
                    Candidate candidate = candidates.get(rank);
                    long id = insertProposal(runId, role.id(), "SINGLE", rank, candidate.score(), candidate);
                    WeekGrid schedule = WeekGrid.ofWords(role.schedule());
                    insertMember(id, 0, candidate.freelancerId(), schedule, schedule.slotCount());
                    proposals++;
                }
            } else {
                int pool = role.sharers() == 2 ? PAIR_POOL : TRIPLE_POOL;
                List<Team> teams = MatchingEngine.topTeams(role, data, TEAMS_PER_ROLE, pool);
                for (int rank = 0; rank < teams.size(); rank++) {
                    Team team = teams.get(rank);
                    long id = insertProposal(runId, role.id(), "TEAM", rank, team.score(), team);
                    for (int position = 0; position < team.members().size(); position++) {
                        TeamMember member = team.members().get(position);
                        insertMember(
                                id,
                                position,
                                member.freelancerId(),
                                WeekGrid.ofWords(member.assignedSlots()),
                                member.halfHours());
                    }
                    proposals++;
                }
            }
        }
        Instant finished = clock.instant();
        long durationMs = Duration.between(started, finished).toMillis();
        jdbc.sql("""
                        update matching_run set status = 'DONE', finished_at = :at, roles = :roles,
                            freelancers = :freelancers, proposals = :proposals, duration_ms = :duration
                        where id = :id
                        """)
                .param("at", Timestamp.from(finished))
                .param("roles", snapshot.roles().size())
                .param("freelancers", data.size())
                .param("proposals", proposals)
                .param("duration", durationMs)
                .param("id", runId)
                .update();
        return Optional.of(new Run(
                runId,
                trigger,
                started,
                finished,
                "DONE",
                snapshot.roles().size(),
                data.size(),
                proposals,
                durationMs));
    }

    @Transactional(readOnly = true)
    public List<Run> recent(int limit) {
        return jdbc.sql("""
                        select id, trigger, started_at, finished_at, status, roles, freelancers, proposals, duration_ms
                        from matching_run order by started_at desc, id desc limit :limit
                        """)
                .param("limit", limit)
                .query((rs, row) -> new Run(
                        rs.getLong(1),
                        Trigger.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getObject(9) == null ? null : rs.getLong(9)))
                .list();
    }

    private long insertProposal(long runId, long roleId, String kind, int rank, double score, Object explanation) {
        return jdbc.sql("""
                        insert into proposal (run_id, role_id, kind, rank, score, explanation, created_at)
                        values (:run, :role, :kind, :rank, :score, cast(:explanation as jsonb), :at) returning id
                        """)
                .param("run", runId)
                .param("role", roleId)
                .param("kind", kind)
                .param("rank", rank)
                .param("score", score)
                .param("explanation", json.writeValueAsString(explanation))
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    private void insertMember(long proposalId, int position, long freelancerId, WeekGrid slots, int halfHours) {
        jdbc.sql("""
                        insert into proposal_member (proposal_id, position, freelancer_id, assigned, half_hours)
                        values (:proposal, :position, :freelancer, :assigned, :halfHours)
                        """)
                .param("proposal", proposalId)
                .param("position", position)
                .param("freelancer", freelancerId)
                .param("assigned", slots.toBytes())
                .param("halfHours", halfHours)
                .update();
    }
}
