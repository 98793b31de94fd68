package dk.jobandel.advisor.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms check: facts in, findings out, every figure from the {@link RuleBook}. A role or a pool is checked on its
 * terms alone; an offer adds each person's hours, hours with employers in the same group and the outcome of the
 * existing working-time rules across all of the person's agreements (the check reports it, it does not recompute it).
 */
public final class TermsCheck {

    private final RuleBook book;

    public TermsCheck(RuleBook book) {
        this.book = book;
    }

    public RuleBook book() {
        return book;
    }

    /** The findings for a role's or a pool's terms, blocking ones first. */
    public List<Finding> check(Terms terms) {
        List<Finding> findings = new ArrayList<>();
        pay(terms, findings);
        holiday(terms, findings);
        partTime(terms, findings);
        List<BigDecimal> shares = terms.shares();
        for (int i = 0; i < shares.size(); i++) {
            String who = "#" + (i + 1);
            hours(terms, who, shares.get(i), BigDecimal.ZERO, findings);
            if (terms.kind() == Terms.Kind.JOB_SHARE && terms.sharers() > 1) {
                akasse(who, shares.get(i), findings);
            }
        }
        if (terms.kind() == Terms.Kind.POOL && terms.placedWithMembers()) {
            findings.add(new Finding(Rule.AGENCY_QUESTION, List.of(), source(Rule.AGENCY_QUESTION), true));
        }
        return sorted(findings);
    }

    /**
     * The findings for terms alone, before anyone's hours are known (a pool's employment terms): pay, pension, holiday,
     * part-time terms and the pool's agency question, blocking ones first.
     */
    public List<Finding> checkTermsOnly(Terms terms) {
        List<Finding> findings = new ArrayList<>();
        pay(terms, findings);
        holiday(terms, findings);
        partTime(terms, findings);
        if (terms.kind() == Terms.Kind.POOL && terms.placedWithMembers()) {
            findings.add(new Finding(Rule.AGENCY_QUESTION, List.of(), source(Rule.AGENCY_QUESTION), true));
        }
        return sorted(findings);
    }

    /**
     * The findings for an offer: the terms' own findings about pay, holiday and the pool, then each person's hours
     * (with same-group hours counted together) and working time.
     */
    public List<Finding> checkOffer(Terms terms, List<Person> people) {
        List<Finding> findings = new ArrayList<>();
        pay(terms, findings);
        holiday(terms, findings);
        partTime(terms, findings);
        if (terms.kind() == Terms.Kind.POOL && terms.placedWithMembers()) {
            findings.add(new Finding(Rule.AGENCY_QUESTION, List.of(), source(Rule.AGENCY_QUESTION), true));
        }
        for (Person person : people) {
            hours(terms, person.name(), person.hoursPerWeek(), person.sameGroupHours(), findings);
            if (people.size() > 1) {
                akasse(person.name(), person.hoursPerWeek(), findings);
            }
            switch (person.workingTime()) {
                case WEEKLY_HOURS -> add(findings, Rule.WEEKLY_HOURS, person.name(), book.weeklyHoursMax());
                case DAILY_REST -> add(findings, Rule.DAILY_REST, person.name(), book.dailyRestHours());
                case WEEKLY_REST -> add(findings, Rule.WEEKLY_REST, person.name(), book.weeklyRestHours());
                case WITHIN -> {}
            }
        }
        return sorted(findings);
    }

    private void pay(Terms terms, List<Finding> findings) {
        if (!terms.agreementNamed()) {
            add(findings, Rule.NO_AGREEMENT);
        } else if (terms.agreementMinimumPay() != null && terms.pay().compareTo(terms.agreementMinimumPay()) < 0) {
            add(findings, Rule.PAY_BELOW_AGREEMENT, terms.pay(), terms.agreementMinimumPay(), terms.agreementName());
        }
        if (terms.pensionPercent().signum() <= 0) {
            add(findings, Rule.NO_PENSION);
        } else if (terms.agreementPensionPercent() != null
                && terms.pensionPercent().compareTo(terms.agreementPensionPercent()) < 0) {
            add(findings, Rule.PENSION_BELOW_AGREEMENT, terms.pensionPercent(), terms.agreementPensionPercent());
        }
    }

    private void holiday(Terms terms, List<Finding> findings) {
        if (terms.holiday() == Terms.Holiday.NOT_STATED) {
            add(findings, Rule.NO_HOLIDAY, book.holidayPayPercent(), book.paidHolidayDaysPerMonth());
        }
    }

    /** The part-time act: a part-timer's pay and pension may not be worse than full-timers' in the same job. */
    private void partTime(Terms terms, List<Finding> findings) {
        boolean partTime = terms.shares().stream().anyMatch(h -> h.compareTo(book.fullTimeHours()) < 0);
        if (!partTime) {
            return;
        }
        if (terms.fullTimePay() != null && terms.pay().compareTo(terms.fullTimePay()) < 0) {
            add(findings, Rule.PART_TIME_WORSE_PAY, terms.pay(), terms.fullTimePay());
        }
        if (terms.fullTimePensionPercent() != null
                && terms.pensionPercent().compareTo(terms.fullTimePensionPercent()) < 0) {
            add(findings, Rule.PART_TIME_WORSE_PENSION, terms.pensionPercent(), terms.fullTimePensionPercent());
        }
    }

    /** The contract statement (above 3 h, same-group hours counted together) and the salaried-employees act. */
    private void hours(Terms terms, String who, BigDecimal hours, BigDecimal groupHours, List<Finding> findings) {
        BigDecimal counted = hours.add(groupHours);
        BigDecimal threshold = book.contractStatementHours();
        if (hours.compareTo(threshold) > 0) {
            add(findings, Rule.CONTRACT_STATEMENT_OWED, who, hours, threshold, book.contractStatementDays());
        } else if (counted.compareTo(threshold) > 0) {
            add(findings, Rule.CONTRACT_STATEMENT_GROUP, who, hours, counted, threshold, book.contractStatementDays());
        } else {
            add(findings, Rule.CONTRACT_STATEMENT_NOT_OWED, who, hours, threshold);
        }
        if (!terms.officeWork()) {
            return;
        }
        BigDecimal salaried = book.salariedHours();
        if (hours.compareTo(salaried) > 0) {
            add(findings, Rule.SALARIED_APPLIES, who, hours, salaried);
        } else if (hours.compareTo(salaried.subtract(BigDecimal.ONE)) >= 0) {
            add(findings, Rule.SALARIED_NEAR, who, hours, salaried);
        }
    }

    private void akasse(String who, BigDecimal hours, List<Finding> findings) {
        if (hours.compareTo(book.akasseHoursPerWeek()) < 0) {
            add(findings, Rule.AKASSE_HOURS, who, hours, book.akasseHoursPerWeek());
        }
    }

    private void add(List<Finding> findings, Rule rule, Object... args) {
        findings.add(new Finding(rule, List.of(args), source(rule), false));
    }

    private String source(Rule rule) {
        return book.source(rule.topic()) + " (" + book.version() + ")";
    }

    private static List<Finding> sorted(List<Finding> findings) {
        findings.sort(java.util.Comparator.comparing(Finding::level));
        return List.copyOf(findings);
    }
}
