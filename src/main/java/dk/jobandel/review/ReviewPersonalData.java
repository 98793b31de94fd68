package dk.jobandel.review;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.audit.Subject;
import dk.jobandel.audit.TimelineEntry;
import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.members.Actors;
import dk.jobandel.platform.PersonalData;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.pools.PoolsForReview;
import dk.jobandel.roles.SharedRoles;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Offers to the person and their answers. At erasure their open offers are declined, which ends the proposal
 * for everybody and tells the other parties; answered offers stay (with the anonymous account) and lose the
 * person's own words.
 */
@Component
class ReviewPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Offers offers;
    private final Actors actors;
    private final AuditTrail audit;
    private final MatchingProposals proposals;
    private final SharedRoles roles;
    private final PoolsForReview pools;

    ReviewPersonalData(
            JdbcClient jdbc,
            Offers offers,
            Actors actors,
            AuditTrail audit,
            MatchingProposals proposals,
            SharedRoles roles,
            PoolsForReview pools) {
        this.jdbc = jdbc;
        this.offers = offers;
        this.actors = actors;
        this.audit = audit;
        this.proposals = proposals;
        this.roles = roles;
        this.pools = pools;
    }

    @Override
    public String name() {
        return "offers";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<String> tables() {
        return Set.of("offer");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        var ids = jdbc.sql("select id from offer where freelancer_id = :id order by id")
                .param("id", accountId)
                .query(Long.class)
                .list();
        var history = audit
                .timeline(ids.stream().map(id -> new Subject(Offers.OFFER, id)).toList())
                .stream()
                .map(ReviewPersonalData::entry)
                .toList();
        List<Map<String, @Nullable Object>> rows = jdbc.sql("""
                        select o.id, o.proposal_id, o.party, o.status, o.reason, o.created_at, o.expires_at,
                               o.responded_at
                        from offer o
                        where o.freelancer_id = :id or o.responded_by = :id order by o.created_at, o.id
                        """).param("id", accountId).query().listOfRows().stream()
                .map(PersonalData::row)
                .toList();
        Map<Long, String> names = roleOrPoolNames(rows.stream()
                .map(o -> ((Number) o.get("proposal_id")).longValue())
                .toList());
        rows.forEach(o -> o.put("role_or_pool", names.get(((Number) o.get("proposal_id")).longValue())));
        return Map.of("historyOfYourOffers", history, "offers", rows);
    }

    /**
     * The title of the role, or the name of the pool, that each proposal was made for, by proposal id: asked of the
     * matching, roles and pools modules rather than read from their tables.
     */
    private Map<Long, String> roleOrPoolNames(List<Long> proposalIds) {
        Map<Long, MatchingProposals.ProposedFor> proposedFor = proposals.proposedFor(proposalIds);
        Map<Long, String> roleTitles = new HashMap<>();
        roles.listed(proposedFor.values().stream()
                        .map(MatchingProposals.ProposedFor::roleId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .forEach(role -> roleTitles.put(role.id(), role.title()));
        Map<Long, String> poolNames = pools.names(proposedFor.values().stream()
                .map(MatchingProposals.ProposedFor::poolId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, String> names = new HashMap<>();
        proposedFor.forEach((proposalId, made) -> {
            String name = made.roleId() != null ? roleTitles.get(made.roleId()) : poolNames.get(made.poolId());
            if (name != null) {
                names.put(proposalId, name);
            }
        });
        return names;
    }

    @Override
    public void erase(Erasure erasure) {
        long id = erasure.accountId();
        var pending = jdbc.sql("select id, version from offer where freelancer_id = :id and status = 'PENDING'")
                .param("id", id)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        SignedInMember leaving = new Leaving(id, erasure.alias());
        for (long[] offer : pending) {
            // declining one offer withdraws the others of its proposal, so each is read again first
            var now = jdbc.sql("select status, version from offer where id = :id")
                    .param("id", offer[0])
                    .query((rs, row) -> rs.getString(1).equals("PENDING") ? rs.getLong(2) : -1L)
                    .single();
            if (now >= 0) {
                try {
                    offers.decline(offer[0], now, actors.of(leaving), null);
                } catch (ReviewRefused pastItsTime) {
                    // past its answer time: the expiry job ends it for everybody within a minute
                }
            }
        }
        jdbc.sql("update offer set reason = null where freelancer_id = :id or responded_by = :id")
                .param("id", id)
                .update();
        jdbc.sql("update offer set responded_by = null where responded_by = :id")
                .param("id", id)
                .update();
    }

    static Map<String, Object> entry(TimelineEntry e) {
        var row = new java.util.LinkedHashMap<String, Object>();
        row.put("subject", e.subject().type() + " " + e.subject().id());
        row.put("from", e.fromState() == null ? "" : e.fromState());
        row.put("to", e.toState());
        row.put("by", e.actorName() == null ? "" : e.actorName());
        row.put("reason", e.reason() == null ? "" : e.reason());
        row.put("at", e.at().toOffsetDateTime().toString());
        return row;
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("offers", List.of(), true));
    }

    /** The person whose account is being erased, answering their own offers one last time. */
    private record Leaving(long accountId, String displayName) implements SignedInMember {

        @Override
        public Locale preferredLocale() {
            return Locale.of("da");
        }

        @Override
        public boolean hasRole(String role) {
            return "FREELANCER".equals(role);
        }
    }
}
