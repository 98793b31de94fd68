package dk.jobandel.partnerships.core;

import static dk.jobandel.partnerships.core.IntroductionAnswers.Answer.ACCEPTED;
import static dk.jobandel.partnerships.core.IntroductionAnswers.Answer.DECLINED;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.partnerships.RsvStatus;
import dk.jobandel.partnerships.core.IntroductionAnswers.Status;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The intake flag, the RSV badge and reminder, follow-up dates and accept-only-together. */
class SmallRulesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void aRequestIsFlaggedAfterFiveWorkingDaysNotCountingWeekendsOrHolidays() {
        assertThat(Intake.workingDaysSince(MONDAY, MONDAY, Set.of())).isZero();
        assertThat(Intake.flagged(MONDAY, MONDAY.plusDays(4), Set.of())).isFalse(); // Friday: 4 days
        assertThat(Intake.flagged(MONDAY, MONDAY.plusDays(6), Set.of())).isFalse(); // Sunday: still 4
        assertThat(Intake.flagged(MONDAY, MONDAY.plusDays(7), Set.of())).isTrue(); // next Monday: 5
        assertThat(Intake.flagged(MONDAY, MONDAY.plusDays(7), Set.of(MONDAY.plusDays(2))))
                .isFalse();
        LocalDate saturday = MONDAY.plusDays(5);
        assertThat(Intake.workingDaysSince(saturday, saturday.plusDays(6), Set.of()))
                .isEqualTo(5);
    }

    @Test
    void theBadgeNeedsAConsultantsCheckThatFoundItAndTheCheckIsDueAgainAfterAYear() {
        LocalDate checked = LocalDate.of(2025, 12, 4);
        assertThat(new RsvStatus(true, null, null).badge()).isFalse();
        assertThat(new RsvStatus(true, null, null).checkDue(MONDAY)).isTrue();
        assertThat(RsvStatus.undeclared().checkDue(MONDAY)).isFalse();
        assertThat(new RsvStatus(true, checked, false).badge()).isFalse();
        assertThat(new RsvStatus(true, checked, true).badge()).isTrue();
        assertThat(new RsvStatus(true, checked, true).checkDue(LocalDate.of(2026, 12, 3)))
                .isFalse();
        assertThat(new RsvStatus(true, checked, true).checkDue(LocalDate.of(2026, 12, 4)))
                .isTrue();
    }

    @Test
    void followUpsComeEveryQuarterOfTheFirstYearUntilTheEnd() {
        LocalDate start = LocalDate.of(2026, 1, 31);
        assertThat(FollowUps.dueDates(start, null))
                .containsExactly(
                        LocalDate.of(2026, 4, 30),
                        LocalDate.of(2026, 7, 31),
                        LocalDate.of(2026, 10, 31),
                        LocalDate.of(2027, 1, 31));
        assertThat(FollowUps.dueDates(start, LocalDate.of(2026, 8, 1))).hasSize(2);
    }

    @Test
    void anIntroductionIsAcceptedOnlyWhenBothAcceptAndEndsWithEitherDecline() {
        assertThat(IntroductionAnswers.status(null, null)).isEqualTo(Status.PROPOSED);
        assertThat(IntroductionAnswers.status(ACCEPTED, null)).isEqualTo(Status.PROPOSED);
        assertThat(IntroductionAnswers.status(null, ACCEPTED)).isEqualTo(Status.PROPOSED);
        assertThat(IntroductionAnswers.status(ACCEPTED, ACCEPTED)).isEqualTo(Status.ACCEPTED);
        assertThat(IntroductionAnswers.status(ACCEPTED, DECLINED)).isEqualTo(Status.DECLINED);
        assertThat(IntroductionAnswers.status(DECLINED, null)).isEqualTo(Status.DECLINED);
        assertThat(IntroductionAnswers.contactsShared(ACCEPTED, null)).isFalse();
        assertThat(IntroductionAnswers.contactsShared(ACCEPTED, ACCEPTED)).isTrue();
        assertThat(IntroductionAnswers.mayAnswer(ACCEPTED, null, true).code()).isEqualTo("ALREADY_ANSWERED");
        assertThat(IntroductionAnswers.mayAnswer(ACCEPTED, null, false).allowed())
                .isTrue();
        assertThat(IntroductionAnswers.mayAnswer(DECLINED, null, false).code()).isEqualTo("INTRODUCTION_DECIDED");
    }
}
