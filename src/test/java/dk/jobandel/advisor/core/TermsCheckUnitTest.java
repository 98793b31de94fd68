package dk.jobandel.advisor.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermsCheckUnitTest {

    private final RuleBook book = RuleBook.shipped();
    private final TermsCheck check = new TermsCheck(book);

    private static List<Rule> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    private static Person person(String name, String hours, String group) {
        return new Person(name, new BigDecimal(hours), new BigDecimal(group), Person.WorkingTime.WITHIN);
    }

    @Test
    void aSoundJobShareHasNothingBlocking() {
        List<Finding> findings = check.check(TermsMother.jobShare().build());
        assertThat(findings).noneMatch(Finding::blocking);
        assertThat(rules(findings)).containsExactly(Rule.CONTRACT_STATEMENT_OWED, Rule.CONTRACT_STATEMENT_OWED);
    }

    @Test
    void threeHoursAWeekOweNoStatementButThreeAndAHalfDo() {
        Terms three = TermsMother.jobShare().hours("6").build(); // 3.0 h each
        Terms threeAndAHalf = TermsMother.jobShare().hours("7").build(); // 3.5 h each
        assertThat(rules(check.check(three)))
                .contains(Rule.CONTRACT_STATEMENT_NOT_OWED)
                .doesNotContain(Rule.CONTRACT_STATEMENT_OWED);
        assertThat(rules(check.check(threeAndAHalf)))
                .contains(Rule.CONTRACT_STATEMENT_OWED)
                .doesNotContain(Rule.CONTRACT_STATEMENT_NOT_OWED);
        Finding owed = check.check(threeAndAHalf).stream()
                .filter(f -> f.rule() == Rule.CONTRACT_STATEMENT_OWED)
                .findFirst()
                .orElseThrow();
        assertThat(owed.args()).containsExactly("#1", new BigDecimal("3.5"), new BigDecimal("3"), new BigDecimal("7"));
    }

    @Test
    void hoursWithEmployersInTheSameGroupCountTogether() {
        Terms pool = TermsMother.pool().hours("3").build();
        List<Finding> alone = check.checkOffer(pool, List.of(person("Anna", "3", "0")));
        List<Finding> withGroup = check.checkOffer(pool, List.of(person("Anna", "3", "2")));
        assertThat(rules(alone)).contains(Rule.CONTRACT_STATEMENT_NOT_OWED);
        assertThat(rules(withGroup))
                .contains(Rule.CONTRACT_STATEMENT_GROUP)
                .doesNotContain(Rule.CONTRACT_STATEMENT_NOT_OWED);
        Finding group = withGroup.stream()
                .filter(f -> f.rule() == Rule.CONTRACT_STATEMENT_GROUP)
                .findFirst()
                .orElseThrow();
        assertThat(group.args()).startsWith("Anna", new BigDecimal("3"), new BigDecimal("5"));
    }

    @Test
    void officeWorkOfSevenAndAHalfHoursIsNearTheSalariedLineAndAboveEightTheActApplies() {
        List<Finding> sevenHalf =
                check.check(TermsMother.jobShare().hours("15").office().build());
        List<Finding> eight =
                check.check(TermsMother.jobShare().hours("16").office().build());
        List<Finding> eightHalf =
                check.check(TermsMother.jobShare().hours("17").office().build());
        assertThat(rules(sevenHalf)).contains(Rule.SALARIED_NEAR).doesNotContain(Rule.SALARIED_APPLIES);
        // the act says "more than 8 hours": exactly 8 is still under it
        assertThat(rules(eight)).contains(Rule.SALARIED_NEAR).doesNotContain(Rule.SALARIED_APPLIES);
        assertThat(rules(eightHalf)).contains(Rule.SALARIED_APPLIES).doesNotContain(Rule.SALARIED_NEAR);
        assertThat(rules(check.check(TermsMother.jobShare().hours("17").build())))
                .as("work that is not office work is outside the act")
                .doesNotContain(Rule.SALARIED_APPLIES, Rule.SALARIED_NEAR);
    }

    @Test
    void payBelowTheAgreementBlocksAndNoAgreementWarns() {
        assertThat(rules(check.check(TermsMother.jobShare().pay("179.99").build())))
                .contains(Rule.PAY_BELOW_AGREEMENT);
        assertThat(rules(check.check(
                        TermsMother.jobShare().pay("180").fullTime("180", "12").build())))
                .doesNotContain(Rule.PAY_BELOW_AGREEMENT);
        List<Finding> none =
                check.check(TermsMother.jobShare().agreement(null, null, null).build());
        assertThat(rules(none)).contains(Rule.NO_AGREEMENT);
        assertThat(none).filteredOn(f -> f.rule() == Rule.NO_AGREEMENT).allMatch(f -> f.level() == Level.WARNING);
    }

    @Test
    void noPensionOrPensionBelowTheAgreementBlocks() {
        List<Finding> noPension = check.check(
                TermsMother.jobShare().pension("0").fullTime(null, null).build());
        assertThat(noPension)
                .filteredOn(Finding::blocking)
                .extracting(Finding::rule)
                .containsExactly(Rule.NO_PENSION);
        assertThat(noPension.getFirst().field()).isEqualTo("pensionPercent");
        assertThat(rules(check.check(
                        TermsMother.jobShare().pension("8").fullTime(null, null).build())))
                .containsOnlyOnce(Rule.PENSION_BELOW_AGREEMENT);
    }

    @Test
    void holidayNotStatedBlocksAndQuotesTheRates() {
        Finding finding = check.check(
                        TermsMother.jobShare().holiday(Terms.Holiday.NOT_STATED).build())
                .getFirst();
        assertThat(finding.rule()).isEqualTo(Rule.NO_HOLIDAY);
        assertThat(finding.args()).containsExactly(new BigDecimal("12.5"), new BigDecimal("2.08"));
    }

    @Test
    void aPartTimerOnWorseTermsThanFullTimersIsBlocked() {
        List<Finding> findings =
                check.check(TermsMother.jobShare().fullTime("220", "15").build());
        assertThat(findings)
                .filteredOn(Finding::blocking)
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder(Rule.PART_TIME_WORSE_PAY, Rule.PART_TIME_WORSE_PENSION);
        assertThat(rules(check.check(
                        TermsMother.jobShare().sharers(1).fullTime("220", "15").build())))
                .as("a full-timer is not a part-timer")
                .doesNotContain(Rule.PART_TIME_WORSE_PAY, Rule.PART_TIME_WORSE_PENSION);
    }

    @Test
    void aPoolPlacingItsWorkerWithMembersRaisesTheAgencyQuestionForTheConsultant() {
        List<Finding> findings =
                check.check(TermsMother.pool().placedWithMembers().build());
        Finding question = findings.stream()
                .filter(f -> f.rule() == Rule.AGENCY_QUESTION)
                .findFirst()
                .orElseThrow();
        assertThat(question.forConsultant()).isTrue();
        assertThat(question.blocking())
                .as("a question, never decided silently either way")
                .isFalse();
        assertThat(question.source()).contains("Vikarloven");
        assertThat(rules(check.check(TermsMother.pool().build()))).doesNotContain(Rule.AGENCY_QUESTION);
    }

    @Test
    void aSplitLeavingSomeoneUnderTheAkasseHoursIsShownAsInformation() {
        List<Finding> findings =
                check.check(TermsMother.jobShare().hours("30").split(70, 30).build());
        assertThat(findings)
                .filteredOn(f -> f.rule() == Rule.AKASSE_HOURS)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo(Level.GOOD_PRACTICE);
                    assertThat(f.args()).containsExactly("#2", new BigDecimal("9"), new BigDecimal("12.3"));
                });
    }

    @Test
    void theExistingWorkingTimeRulesOutcomeBlocksTheOffer() {
        Terms terms = TermsMother.jobShare().build();
        List<Finding> findings = check.checkOffer(
                terms,
                List.of(
                        new Person("Anna", new BigDecimal("18.5"), BigDecimal.ZERO, Person.WorkingTime.WEEKLY_HOURS),
                        new Person("Bo", new BigDecimal("18.5"), BigDecimal.ZERO, Person.WorkingTime.DAILY_REST)));
        assertThat(findings.subList(0, 2))
                .extracting(Finding::rule, Finding::args)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Rule.WEEKLY_HOURS, List.of("Anna", new BigDecimal("48"))),
                        org.assertj.core.groups.Tuple.tuple(Rule.DAILY_REST, List.of("Bo", new BigDecimal("11"))));
    }

    @Test
    void blockingFindingsComeFirstAndEachCarriesItsSource() {
        List<Finding> findings = check.check(
                TermsMother.jobShare().pension("0").agreement(null, null, null).build());
        assertThat(findings.getFirst().blocking()).isTrue();
        assertThat(findings).allSatisfy(f -> assertThat(f.source()).endsWith("(" + book.version() + ")"));
    }

    @Test
    void aPoolsTermsAloneSayNothingAboutHoursButAskTheAgencyQuestion() {
        List<Finding> findings = check.checkTermsOnly(TermsMother.pool()
                .hours("0")
                .pension("8")
                .fullTime(null, null)
                .placedWithMembers()
                .build());
        assertThat(rules(findings)).containsExactly(Rule.PENSION_BELOW_AGREEMENT, Rule.AGENCY_QUESTION);
    }
}
