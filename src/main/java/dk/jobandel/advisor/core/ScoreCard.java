package dk.jobandel.advisor.core;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a role's or a pool's terms on the five principles, with the figures of the {@link RuleBook}:
 *
 * <ul>
 *   <li>pay: basic when a collective agreement is named and the pay meets its minimum; advanced when the pension also
 *       reaches the agreement's rate and the rule book's advanced rate;
 *   <li>conditions: basic when holiday and a pension are stated; advanced when full-timers' terms are stated and the
 *       part-timers' are no worse;
 *   <li>contracts: basic when every person's share is above the contract-statement hours; advanced when every share is
 *       above the salaried-employees act's hours;
 *   <li>management: basic when no share is larger than the rule book's fair share of the week; advanced when a handover
 *       overlap is also planned (or one person holds the week);
 *   <li>representation: basic when a collective agreement is named; advanced when the people may also become members
 *       of the cooperative.
 * </ul>
 */
public final class ScoreCard {

    private final RuleBook book;
    private final TermsCheck check;

    public ScoreCard(RuleBook book) {
        this.book = book;
        this.check = new TermsCheck(book);
    }

    public Score score(Terms terms) {
        List<Finding> findings = check.check(terms);
        Map<Principle, Score.Reached> reached = new EnumMap<>(Principle.class);
        boolean payBasic = terms.agreementNamed() && !has(findings, Rule.PAY_BELOW_AGREEMENT);
        BigDecimal wantedPension = terms.agreementPensionPercent() == null
                        || terms.agreementPensionPercent().compareTo(book.pensionAdvancedPercent()) < 0
                ? book.pensionAdvancedPercent()
                : terms.agreementPensionPercent();
        reached.put(Principle.PAY, level(payBasic, terms.pensionPercent().compareTo(wantedPension) >= 0));

        boolean conditionsBasic = !has(findings, Rule.NO_HOLIDAY) && !has(findings, Rule.NO_PENSION);
        boolean equalTerms = terms.fullTimePay() != null
                && terms.fullTimePensionPercent() != null
                && !has(findings, Rule.PART_TIME_WORSE_PAY)
                && !has(findings, Rule.PART_TIME_WORSE_PENSION);
        reached.put(Principle.CONDITIONS, level(conditionsBasic, equalTerms));

        List<BigDecimal> shares = terms.shares();
        boolean statement = shares.stream().allMatch(h -> h.compareTo(book.contractStatementHours()) > 0);
        boolean salaried = shares.stream().allMatch(h -> h.compareTo(book.salariedHours()) > 0);
        reached.put(Principle.CONTRACTS, level(statement, salaried));

        BigDecimal fairShare =
                terms.hoursPerWeek().multiply(book.splitMaxSharePercent()).divide(BigDecimal.valueOf(100));
        boolean fair = terms.sharers() == 1 || shares.stream().allMatch(h -> h.compareTo(fairShare) <= 0);
        boolean handover = terms.sharers() == 1 || terms.handoverMinutes() > 0;
        reached.put(Principle.MANAGEMENT, level(fair, handover));

        reached.put(Principle.REPRESENTATION, level(terms.agreementNamed(), terms.membershipOffered()));
        return new Score(reached);
    }

    /** The rule book's figures that the explanation and the step of a principle's threshold quote. */
    public Object[] args(Principle principle, Score.Reached threshold) {
        boolean advanced = threshold == Score.Reached.ADVANCED;
        return switch (principle) {
            case PAY -> advanced ? new Object[] {book.pensionAdvancedPercent()} : new Object[0];
            case CONTRACTS -> new Object[] {advanced ? book.salariedHours() : book.contractStatementHours()};
            case MANAGEMENT -> advanced ? new Object[0] : new Object[] {book.splitMaxSharePercent()};
            case CONDITIONS, REPRESENTATION -> new Object[0];
        };
    }

    private static Score.Reached level(boolean basic, boolean advanced) {
        if (!basic) {
            return Score.Reached.NONE;
        }
        return advanced ? Score.Reached.ADVANCED : Score.Reached.BASIC;
    }

    private static boolean has(List<Finding> findings, Rule rule) {
        return findings.stream().anyMatch(f -> f.rule() == rule);
    }
}
