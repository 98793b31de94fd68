package dk.jobandel.review;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Copies of a matched proposal and the parties who answer their offers, for tests of concurrent acceptances. */
public final class OfferFixtures {

    private OfferFixtures() {}

    /** An unreviewed copy of the proposal: the same role, the same people and the same hours. */
    public static long copyOf(JdbcClient jdbc, long proposalId) {
        long copy = jdbc.sql("""
                        insert into proposal (run_id, role_id, kind, rank, score, explanation, created_at)
                        select run_id, role_id, kind, rank, score, explanation, created_at from proposal where id = :p
                        returning id
                        """).param("p", proposalId).query(Long.class).single();
        jdbc.sql("""
                        insert into proposal_member (proposal_id, position, freelancer_id, assigned, half_hours)
                        select :copy, position, freelancer_id, assigned, half_hours from proposal_member
                        where proposal_id = :p
                        """).param("copy", copy).param("p", proposalId).update();
        return copy;
    }

    /** The offer of an approved proposal to one party ({@code FREELANCER} or {@code ORGANISATION}). */
    public static long offerOf(JdbcClient jdbc, long proposalId, String party) {
        return jdbc.sql("select id from offer where proposal_id = :p and party = :party")
                .param("p", proposalId)
                .param("party", party)
                .query(Long.class)
                .single();
    }
}
