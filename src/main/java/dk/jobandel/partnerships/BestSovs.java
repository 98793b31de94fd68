package dk.jobandel.partnerships;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.partnerships.core.Match;
import dk.jobandel.partnerships.core.PartnerScorer;
import dk.jobandel.partnerships.core.SovFacts;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each open need's three best SØVs by {@link PartnerScorer}, stored (table {@code partnership_need_best_sov}) so that
 * the consultants' overview shows them without ranking every need on every view. {@link PartnershipChangeMatching}
 * refreshes them after changes; a need that is no longer open loses its rows.
 */
@Service
public class BestSovs {

    /** How many SØVs are kept per need. */
    public static final int KEPT = 3;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PartnershipMatching matching;
    private final PartnershipNeeds needs;
    private final MemberLookups members;

    BestSovs(
            JdbcClient jdbc, Clock clock, PartnershipMatching matching, PartnershipNeeds needs, MemberLookups members) {
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
        this.matching = matching;
        this.needs = needs;
    }

    /** One of a need's best SØVs. */
    public record Best(int rank, long sovId, String sovName, double score) {}

    /** Refreshes every open need; returns how many needs were ranked. */
    @Transactional
    public int refreshAll() {
        jdbc.sql("delete from partnership_need_best_sov").update();
        return store(needs.query("where n.status = 'OPEN' order by n.id", null));
    }

    /** Refreshes the given needs (those no longer open only lose their rows); returns how many were ranked. */
    @Transactional
    public int refresh(Collection<Long> needIds) {
        if (needIds.isEmpty()) {
            return 0;
        }
        jdbc.sql("delete from partnership_need_best_sov where need_id in (:ids)")
                .param("ids", needIds)
                .update();
        List<PartnershipNeeds.Need> open = new ArrayList<>();
        for (long id : needIds) {
            needs.query("where n.id = :id", id).stream()
                    .filter(PartnershipNeeds.Need::open)
                    .forEach(open::add);
        }
        return store(open);
    }

    private int store(List<PartnershipNeeds.Need> open) {
        if (open.isEmpty()) {
            return 0;
        }
        Map<Long, String> names = new HashMap<>();
        List<SovFacts> sovs = matching.allSovFacts(names);
        Timestamp now = Timestamp.from(clock.instant());
        for (PartnershipNeeds.Need need : open) {
            List<Match> ranked = PartnerScorer.rankSovs(matching.facts(need), sovs);
            for (int i = 0; i < Math.min(KEPT, ranked.size()); i++) {
                jdbc.sql("""
                                insert into partnership_need_best_sov (need_id, rank, sov_organisation_id, score,
                                    refreshed_at)
                                values (:need, :rank, :sov, :score, :now)
                                """)
                        .param("need", need.id())
                        .param("rank", i + 1)
                        .param("sov", ranked.get(i).sovId())
                        .param("score", ranked.get(i).score())
                        .param("now", now)
                        .update();
            }
        }
        return open.size();
    }

    /** The stored best SØVs of every need that has any, for consultants: two statements (the rows, the names). */
    @Transactional(readOnly = true)
    public Map<Long, List<Best>> forOpenNeeds(Actor actor) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(0);
        }
        record Row(long need, int rank, long sov, double score) {}
        List<Row> rows = jdbc.sql("""
                        select b.need_id, b.rank, b.sov_organisation_id, b.score
                        from partnership_need_best_sov b order by b.need_id, b.rank
                        """)
                .query((rs, row) -> new Row(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getDouble(4)))
                .list();
        Map<Long, String> names = rows.isEmpty()
                ? Map.of()
                : members.organisationNames(rows.stream().map(Row::sov).collect(Collectors.toSet()));
        Map<Long, List<Best>> best = new LinkedHashMap<>();
        for (Row r : rows) {
            String name = names.get(r.sov());
            if (name != null) {
                best.computeIfAbsent(r.need(), k -> new ArrayList<>())
                        .add(new Best(r.rank(), r.sov(), name, r.score()));
            }
        }
        return best;
    }
}
