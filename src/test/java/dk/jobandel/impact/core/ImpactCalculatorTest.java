package dk.jobandel.impact.core;

import static dk.jobandel.impact.core.Placements.placement;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.review.Rights;
import dk.jobandel.roles.PayKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ImpactCalculatorTest {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final Period H1 = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 6));
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

    static ImpactCalculator.Result compute(Period period, LocalDate asOf, Filter filter, List<Placement> placements) {
        return ImpactCalculator.compute(period, asOf, filter, placements, Map.of(), List.of());
    }

    static Figures figures(Placement... placements) {
        return compute(H1, AS_OF, Filter.NONE, List.of(placements)).figures();
    }

    @Nested
    class TheDefinitionOfSecureWork {

        @Test
        void sevenHoursAWeekForFourMonthsIsNotSecureWork() {
            var f = figures(placement()
                    .hoursPerWeek(7)
                    .from(JAN_1)
                    .until(LocalDate.of(2026, 4, 30))
                    .build());
            assertThat(f.peopleStarted()).isEqualTo(1);
            assertThat(f.peopleSecure()).isZero();
        }

        @Test
        void eightHoursAWeekForThreeMonthsIsSecureWork() {
            var f = figures(placement()
                    .hoursPerWeek(8)
                    .from(JAN_1)
                    .until(LocalDate.of(2026, 3, 31))
                    .build());
            assertThat(f.peopleSecure()).isEqualTo(1);
            assertThat(f.peopleEndedEarly()).isZero();
        }

        @Test
        void eightHoursAWeekEndingOneDayShortOfThreeMonthsIsNotAndEndedEarly() {
            var f = figures(placement()
                    .hoursPerWeek(8)
                    .from(JAN_1)
                    .until(LocalDate.of(2026, 3, 30))
                    .build());
            assertThat(f.peopleSecure()).isZero();
            assertThat(f.peopleEndedEarly()).isEqualTo(1);
            assertThat(f.agreementsEndedEarly()).isEqualTo(1);
        }

        @Test
        void aPoolAgreementCounts() {
            var f = figures(
                    placement().kind(Kind.POOL).hoursPerWeek(20).from(JAN_1).build());
            assertThat(f.peopleSecure()).isEqualTo(1);
        }

        @Test
        void aFreelanceStyleAgreementDoesNotCountNorAddHoursMovedToEmployment() {
            var f = figures(placement().freelance().hoursPerWeek(30).from(JAN_1).build());
            assertThat(f.peopleStarted()).isEqualTo(1);
            assertThat(f.peopleSecure()).isZero();
            assertThat(f.halfHoursMovedPerWeek()).isZero();
            assertThat(f.rightsBasis()).isZero();
        }

        @Test
        void anOpenEndedAgreementCountsOnceThreeMonthsHavePassedAndIsAwaitingBefore() {
            var p = placement().hoursPerWeek(10).from(LocalDate.of(2026, 6, 1)).build();
            var before = compute(H1, LocalDate.of(2026, 8, 30), Filter.NONE, List.of(p))
                    .figures();
            assertThat(before.peopleSecure()).isZero();
            assertThat(before.peopleAwaiting()).isEqualTo(1);
            var after = compute(H1, LocalDate.of(2026, 8, 31), Filter.NONE, List.of(p))
                    .figures();
            assertThat(after.peopleSecure()).isEqualTo(1);
            assertThat(after.peopleAwaiting()).isZero();
        }

        @Test
        void anAgreementThatHasNotStartedIsNotCounted() {
            var f = compute(
                            H1,
                            LocalDate.of(2026, 3, 1),
                            Filter.NONE,
                            List.of(placement().from(LocalDate.of(2026, 4, 1)).build()))
                    .figures();
            assertThat(f.peopleStarted()).isZero();
            assertThat(f.agreementsMade()).isZero();
        }

        @Test
        void anAgreementThatStartedBeforeThePeriodIsNotCountedAsMadeInIt() {
            var f = figures(placement().from(LocalDate.of(2025, 12, 31)).build());
            assertThat(f.agreementsMade()).isZero();
            assertThat(f.peopleSecure()).isZero();
        }
    }

    @Nested
    class StillInWork {

        @Test
        void isMeasuredSixAndTwelveMonthsAfterSecureWorkBeganInAnyEmploymentOfEightHours() {
            var stays = placement().person(1).from(JAN_1).build();
            var leaves = placement()
                    .person(2)
                    .from(JAN_1)
                    .until(LocalDate.of(2026, 4, 30))
                    .build();
            var movesOn = placement()
                    .person(3)
                    .from(JAN_1)
                    .until(LocalDate.of(2026, 5, 31))
                    .build();
            var next = placement()
                    .person(3)
                    .from(LocalDate.of(2026, 6, 1))
                    .organisation(200)
                    .build();
            var f = compute(H1, LocalDate.of(2026, 12, 31), Filter.NONE, List.of(stays, leaves, movesOn, next))
                    .figures();
            assertThat(f.peopleSecure()).isEqualTo(3);
            assertThat(f.eligibleAt6Months()).isEqualTo(3);
            assertThat(f.stillAt6Months()).isEqualTo(2);
            assertThat(f.eligibleAt12Months()).as("12 months have not passed").isZero();
        }
    }

    @Nested
    class Counting {

        @Test
        void aJobShareIsOneAgreementWithTwoPeople() {
            var a = placement().key("A-1").person(1).from(JAN_1).build();
            var b = placement().key("A-1").person(2).from(JAN_1).build();
            var f = figures(a, b);
            assertThat(f.agreementsMade()).isEqualTo(1);
            assertThat(f.peopleStarted()).isEqualTo(2);
            assertThat(f.halfHoursMovedPerWeek()).isEqualTo(40);
        }

        @Test
        void peopleMatchedAreDistinctPeopleOfferedWorkInThePeriod() {
            var matches = List.of(
                    new Match(1, LocalDate.of(2026, 2, 1), Kind.JOB_SHARE, Set.of(100L), (short) 751),
                    new Match(1, LocalDate.of(2026, 3, 1), Kind.POOL, Set.of(100L), null),
                    new Match(2, LocalDate.of(2026, 7, 1), Kind.JOB_SHARE, Set.of(100L), null),
                    new Match(3, LocalDate.of(2026, 6, 30), Kind.JOB_SHARE, Set.of(300L), null));
            var all = ImpactCalculator.compute(H1, AS_OF, Filter.NONE, List.of(), Map.of(), matches);
            assertThat(all.figures().peopleMatched()).isEqualTo(2);
            var org = ImpactCalculator.compute(H1, AS_OF, Filter.organisation(300), List.of(), Map.of(), matches);
            assertThat(org.figures().peopleMatched()).isEqualTo(1);
            var place = ImpactCalculator.compute(
                    H1, AS_OF, new Filter((short) 751, null, null, null), List.of(), Map.of(), matches);
            assertThat(place.figures().matchesKnown()).isFalse();
        }

        @Test
        void inclusiveJobsAreCounted() {
            var f = figures(
                    placement().kind(Kind.PARTNERSHIP).inclusive().person(1).build(),
                    placement()
                            .kind(Kind.PROCUREMENT_CLAUSE)
                            .inclusive()
                            .person(2)
                            .build(),
                    placement().person(3).build());
            assertThat(f.inclusiveJobs()).isEqualTo(2);
        }

        @Test
        void timeFromSignUpToFirstAgreementIsTheMedianOfFirstAgreementsInThePeriod() {
            var people = Map.of(
                    1L, new Person(1, JAN_1.minusDays(10), null),
                    2L, new Person(2, JAN_1.minusDays(31), null),
                    3L, new Person(3, JAN_1.minusDays(100), null),
                    4L, new Person(4, LocalDate.of(2025, 1, 1), null));
            var placements = List.of(
                    placement().person(1).from(JAN_1).build(),
                    placement().person(2).from(JAN_1).build(),
                    placement().person(3).from(JAN_1).build(),
                    // person 4's first agreement was last year: not a first agreement in this period
                    placement().person(4).from(LocalDate.of(2025, 3, 1)).build(),
                    placement().person(4).from(JAN_1).build());
            var f = ImpactCalculator.compute(H1, AS_OF, Filter.NONE, placements, people, List.of())
                    .figures();
            assertThat(f.firstAgreements()).isEqualTo(3);
            assertThat(f.medianDaysToFirstAgreement()).isEqualTo(31);
        }

        @Test
        void anOrganisationSeesPlacementsItHasAShareInAndNoOthers() {
            var hosted = placement()
                    .kind(Kind.POOL)
                    .organisation(100)
                    .sharedWith(200L)
                    .person(1)
                    .build();
            var other = placement().organisation(300).person(2).build();
            var f = compute(H1, AS_OF, Filter.organisation(200), List.of(hosted, other))
                    .figures();
            assertThat(f.peopleStarted()).isEqualTo(1);
            assertThat(compute(H1, AS_OF, Filter.organisation(300), List.of(hosted, other))
                            .figures()
                            .peopleStarted())
                    .isEqualTo(1);
        }
    }

    @Nested
    class EarnedRights {

        @Test
        void followTheReviewModulesRulesForTheDaysWorkedInThePeriod() {
            var jan = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 1));
            var p = placement().hoursPerWeek(10).from(JAN_1).build();
            var f = compute(jan, AS_OF, Filter.NONE, List.of(p)).figures();
            var rights = Rights.of(20, PayKind.HOURLY, new BigDecimal("200.00"), new BigDecimal("10.00"));
            BigDecimal months = new BigDecimal(31).divide(new BigDecimal("30.4375"), 10, RoundingMode.HALF_UP);
            assertThat(f.pensionKr())
                    .isEqualByComparingTo(
                            rights.pensionPerMonth().multiply(months).setScale(2, RoundingMode.HALF_UP));
            assertThat(f.holidayPayKr())
                    .isEqualByComparingTo(
                            rights.holidayPayPerMonth().multiply(months).setScale(2, RoundingMode.HALF_UP));
            assertThat(f.holidayDays()).isEqualByComparingTo("0");
            assertThat(f.akasseHours()).isEqualByComparingTo("44.3");
        }

        @Test
        void salariedStaffEarnHolidayDaysNotHolidayPay() {
            var jan = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 1));
            var p = placement()
                    .salaried("37000.00", "12.00")
                    .hoursPerWeek(37)
                    .from(JAN_1)
                    .build();
            var f = compute(jan, AS_OF, Filter.NONE, List.of(p)).figures();
            assertThat(f.holidayPayKr()).isEqualByComparingTo("0");
            // 2.08 days a month for 31/30.4375 months
            assertThat(f.holidayDays()).isEqualByComparingTo("2.12");
            assertThat(f.pensionKr()).isEqualByComparingTo("4522.05");
        }

        @Test
        void countOnlyTheDaysInsideThePeriodAndNotAfterToday() {
            var jan = new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 1));
            var p = placement().hoursPerWeek(7).from(LocalDate.of(2025, 6, 1)).build();
            var f = compute(jan, LocalDate.of(2026, 1, 14), Filter.NONE, List.of(p))
                    .figures();
            assertThat(f.akasseHours()).isEqualByComparingTo("14.0");
            assertThat(f.rightsBasis()).isEqualTo(1);
        }
    }

    @Nested
    class Breakdowns {

        @Test
        void everyPersonIsInOneGroupAndTheGroupsAddUpToTheTotal() {
            var placements = LongStream.rangeClosed(1, 12)
                    .mapToObj(i -> placement()
                            .person(i)
                            .organisation(100 + i % 3)
                            .municipality(i % 2 == 0 ? 751 : 101, i % 2 == 0 ? 1082 : 1084)
                            .kind(i % 4 == 0 ? Kind.POOL : Kind.JOB_SHARE)
                            .from(JAN_1.plusMonths(i % 6))
                            .build())
                    .toList();
            var result = compute(H1, AS_OF, Filter.NONE, placements);
            for (Dimension d : Dimension.values()) {
                Table t = result.table(d);
                for (Measure m : Measure.values()) {
                    assertThat(t.rows().stream().mapToLong(r -> r.value(m)).sum())
                            .as(d + " " + m)
                            .isEqualTo(t.total(m));
                }
                assertThat(t.total(Measure.PEOPLE)).isEqualTo(12);
            }
            assertThat(result.table(Dimension.MONTH).rows())
                    .extracting(Table.Row::key)
                    .containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
            assertThat(result.table(Dimension.MUNICIPALITY).rows())
                    .extracting(Table.Row::key)
                    .containsExactly("101", "751");
        }

        @Test
        void genderAgeAndSituationComeOnlyFromWhatConsentingPeopleStated() {
            var people = Map.of(
                    1L, new Person(1, JAN_1, new StatedProfile(Gender.WOMAN, 1990, Situation.LONG_TERM_UNEMPLOYED)),
                    2L, new Person(2, JAN_1, null));
            var placements = List.of(
                    placement().person(1).from(JAN_1).build(),
                    placement().person(2).from(JAN_1).build());
            var result = ImpactCalculator.compute(H1, AS_OF, Filter.NONE, placements, people, List.of());
            Map<String, Long> gender = result.table(Dimension.GENDER).rows().stream()
                    .collect(Collectors.toMap(Table.Row::key, r -> r.value(Measure.PEOPLE)));
            assertThat(gender)
                    .containsEntry("WOMAN", 1L)
                    .containsEntry("MAN", 0L)
                    .containsEntry(Dimension.NOT_STATED, 1L);
            Map<String, Long> age = result.table(Dimension.AGE_BAND).rows().stream()
                    .collect(Collectors.toMap(Table.Row::key, r -> r.value(Measure.PEOPLE)));
            assertThat(age).containsEntry("FROM_30_TO_54", 1L).containsEntry(Dimension.NOT_STATED, 1L);
            Map<String, Long> situation = result.table(Dimension.SITUATION).rows().stream()
                    .collect(Collectors.toMap(Table.Row::key, r -> r.value(Measure.PEOPLE)));
            assertThat(situation).containsEntry("LONG_TERM_UNEMPLOYED", 1L).containsEntry(Dimension.NOT_STATED, 1L);
        }

        @Test
        void ageBandsFollowTheFundsIndicators() {
            assertThat(AgeBand.of(1997, 2026)).isEqualTo(AgeBand.UNDER_30);
            assertThat(AgeBand.of(1996, 2026)).isEqualTo(AgeBand.FROM_30_TO_54);
            assertThat(AgeBand.of(1972, 2026)).isEqualTo(AgeBand.FROM_30_TO_54);
            assertThat(AgeBand.of(1971, 2026)).isEqualTo(AgeBand.OVER_54);
        }
    }
}
