package dk.jobandel.advisor;

import dk.jobandel.advisor.core.Finding;
import dk.jobandel.advisor.core.Person;
import dk.jobandel.advisor.core.Principle;
import dk.jobandel.advisor.core.RuleBook;
import dk.jobandel.advisor.core.Score;
import dk.jobandel.advisor.core.ScoreCard;
import dk.jobandel.advisor.core.Terms;
import dk.jobandel.advisor.core.TermsCheck;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisor's API: the secure-terms check and score for terms given as plain facts, and the record of each role's
 * score that the cooperative's dashboard reads. The modules that own roles, pools and offers call it; it never reads
 * their tables, so the module graph stays acyclic (roles → advisor, never back).
 */
@Service
public class SecureTerms {

    private static final List<Principle> PRINCIPLES = List.of(Principle.values());

    private final RuleBook book;
    private final TermsCheck check;
    private final ScoreCard card;
    private final JdbcClient jdbc;
    private final Clock clock;

    SecureTerms(JdbcClient jdbc, Clock clock) {
        this.book = RuleBook.shipped();
        this.check = new TermsCheck(book);
        this.card = new ScoreCard(book);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A role's score, as the dashboard lists it. */
    public record RoleScore(long roleId, String title, Score score, int blocking) {}

    /** An organisation's score (its weakest active role per principle) with its active roles' scores. */
    public record OrganisationScore(Score score, List<RoleScore> roles) {}

    public RuleBook book() {
        return book;
    }

    public ScoreCard card() {
        return card;
    }

    /** The findings for a role's or a pool's terms, blocking ones first. */
    public List<Finding> check(Terms terms) {
        return check.check(terms);
    }

    /** The findings for an offer: the terms and each person's hours, same-group hours and working time. */
    public List<Finding> checkOffer(Terms terms, List<Person> people) {
        return check.checkOffer(terms, people);
    }

    /** The findings for terms before anyone's hours are known (a pool's employment terms). */
    public List<Finding> checkTermsOnly(Terms terms) {
        return check.checkTermsOnly(terms);
    }

    /** The findings that stop publication. */
    public List<Finding> blocking(Terms terms) {
        return check.check(terms).stream().filter(Finding::blocking).toList();
    }

    public Score score(Terms terms) {
        return card.score(terms);
    }

    /** Records a role's score at a save; a closed role stops counting for its organisation. */
    @Transactional
    public void recordRole(long roleId, long organisationId, String title, Terms terms, boolean active) {
        Score score = card.score(terms);
        jdbc.sql("""
                        insert into advisor_role_score (role_id, organisation_id, title, active, pay, conditions,
                            contracts, management, representation, blocking, checked_at)
                        values (:role, :organisation, :title, :active, :pay, :conditions, :contracts, :management,
                            :representation, :blocking, :at)
                        on conflict (role_id) do update set title = excluded.title, active = excluded.active,
                            pay = excluded.pay, conditions = excluded.conditions, contracts = excluded.contracts,
                            management = excluded.management, representation = excluded.representation,
                            blocking = excluded.blocking, checked_at = excluded.checked_at
                        """)
                .param("role", roleId)
                .param("organisation", organisationId)
                .param("title", title)
                .param("active", active)
                .param("pay", score.of(Principle.PAY).name())
                .param("conditions", score.of(Principle.CONDITIONS).name())
                .param("contracts", score.of(Principle.CONTRACTS).name())
                .param("management", score.of(Principle.MANAGEMENT).name())
                .param("representation", score.of(Principle.REPRESENTATION).name())
                .param("blocking", blocking(terms).size())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** The organisation's score from its active roles' last saves: one statement. */
    @Transactional(readOnly = true)
    public OrganisationScore organisationScore(long organisationId) {
        List<RoleScore> roles = new ArrayList<>(jdbc.sql("""
                        select role_id, title, pay, conditions, contracts, management, representation, blocking
                        from advisor_role_score where organisation_id = :organisation and active
                        order by title, role_id
                        """)
                .param("organisation", organisationId)
                .query((rs, row) -> {
                    Map<Principle, Score.Reached> reached = new EnumMap<>(Principle.class);
                    reached.put(Principle.PAY, Score.Reached.valueOf(rs.getString(3)));
                    reached.put(Principle.CONDITIONS, Score.Reached.valueOf(rs.getString(4)));
                    reached.put(Principle.CONTRACTS, Score.Reached.valueOf(rs.getString(5)));
                    reached.put(Principle.MANAGEMENT, Score.Reached.valueOf(rs.getString(6)));
                    reached.put(Principle.REPRESENTATION, Score.Reached.valueOf(rs.getString(7)));
                    return new RoleScore(rs.getLong(1), rs.getString(2), new Score(reached), rs.getInt(8));
                })
                .list());
        return new OrganisationScore(
                Score.weakest(roles.stream().map(RoleScore::score).toList()), List.copyOf(roles));
    }

    /** The figures that a principle's explanation or step quotes, for the pages. */
    public Object[] args(Principle principle, Score.Reached threshold) {
        return card.args(principle, threshold);
    }

    /*
     * For the pages, which name no Java type: a type in a template expression (T(...)) is looked up through the class
     * loader each time it is evaluated, which cost the cooperative's dashboard a few percent of its CPU (issue 12).
     */

    /** The most points a score can have (the pages' "7 of 10"). */
    public int maxPoints() {
        return Score.MAX;
    }

    /** The principles, in the order the score table shows them. */
    public List<Principle> principles() {
        return PRINCIPLES;
    }

    /** The figures in the text of a principle's basic threshold. */
    public Object[] basicArgs(Principle principle) {
        return args(principle, Score.Reached.BASIC);
    }

    /** The figures in the text of a principle's advanced threshold. */
    public Object[] advancedArgs(Principle principle) {
        return args(principle, Score.Reached.ADVANCED);
    }
}
