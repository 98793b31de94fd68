package dk.jobandel.matching;

import dk.jobandel.shared.WeekGrid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored proposals of a role, with members and criterion scores, read in three statements. */
@Service
public class MatchingProposals {

    private final JdbcClient jdbc;

    MatchingProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Member(long freelancerId, WeekGrid assigned, int halfHours) {
        public double hours() {
            return halfHours / 2.0;
        }
    }

    /** One criterion's weight and score (0–1), and the points it gives (weight × score). */
    public record CriterionScore(String criterion, double weight, double score) {
        public double points() {
            return weight * score;
        }
    }

    public record Proposal(
            long id,
            String kind,
            int rank,
            double score,
            String reviewStatus,
            List<Member> members,
            List<CriterionScore> criteria) {}

    @Transactional(readOnly = true)
    public List<Proposal> forRole(long roleId) {
        Map<Long, List<Member>> members = new LinkedHashMap<>();
        jdbc.sql("""
                        select m.proposal_id, m.freelancer_id, m.assigned, m.half_hours
                        from proposal_member m join proposal p on p.id = m.proposal_id
                        where p.role_id = :role order by m.proposal_id, m.position
                        """).param("role", roleId).query(rs -> {
            members.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new Member(rs.getLong(2), WeekGrid.fromBytes(rs.getBytes(3)), rs.getInt(4)));
        });
        Map<Long, List<CriterionScore>> criteria = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.id, c ->> 'criterion', (c ->> 'weight')::float8, (c ->> 'score')::float8
                        from proposal p, jsonb_array_elements(p.explanation -> 'breakdown' -> 'criteria') c
                        where p.role_id = :role order by p.id
                        """).param("role", roleId).query(rs -> {
            criteria.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new CriterionScore(rs.getString(2), rs.getDouble(3), rs.getDouble(4)));
        });
        return jdbc.sql("""
                        select id, kind, rank, score, review_status from proposal
                        where role_id = :role order by kind, rank, id
                        """)
                .param("role", roleId)
                .query((rs, row) -> new Proposal(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getDouble(4),
                        rs.getString(5),
                        List.copyOf(members.getOrDefault(rs.getLong(1), List.of())),
                        List.copyOf(criteria.getOrDefault(rs.getLong(1), List.of()))))
                .list();
    }
}
