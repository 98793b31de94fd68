package dk.jobandel.agreements.core;

import static dk.jobandel.agreements.AgreementStatus.ACTIVE;
import static dk.jobandel.agreements.AgreementStatus.ENDED;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.shared.core.Decision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every allowed and refused end of an agreement, in the order the checks run, without Spring or a database. */
class EndingUnitTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final LocalDate END = LocalDate.of(2027, 6, 30);

    @Test
    void anActiveAgreementEndsOnAnyDayFromTodayToItsAgreedEnd() {
        assertThat(Ending.end(ACTIVE, 3, 3, START, END, TODAY, TODAY)).isEqualTo(Decision.ALLOWED);
        assertThat(Ending.end(ACTIVE, 3, 3, START, END, END, TODAY)).isEqualTo(Decision.ALLOWED);
        assertThat(Ending.end(ACTIVE, 3, 3, START, null, TODAY.plusYears(5), TODAY))
                .isEqualTo(Decision.ALLOWED);
    }

    @Test
    void aVersionThatMovedOnIsAChangeWhateverElseIsWrong() {
        assertThat(Ending.end(ENDED, 4, 3, START, END, TODAY.minusDays(1), TODAY))
                .isEqualTo(Decision.CHANGED);
    }

    @Test
    void anEndedAgreementDoesNotEndAgain() {
        assertThat(Ending.end(ENDED, 3, 3, START, END, TODAY, TODAY))
                .isEqualTo(Decision.refused("agreement.end.alreadyEnded"));
    }

    @Test
    void theLastDayIsNotBeforeToday() {
        assertThat(Ending.end(ACTIVE, 3, 3, START, END, TODAY.minusDays(1), TODAY))
                .isEqualTo(Decision.refused("agreement.end.beforeToday"));
    }

    @Test
    void theLastDayIsNotBeforeTheStart() {
        LocalDate laterStart = TODAY.plusDays(10);
        assertThat(Ending.end(ACTIVE, 3, 3, laterStart, END, TODAY.plusDays(9), TODAY))
                .isEqualTo(Decision.refused("agreement.end.beforeStart"));
        assertThat(Ending.end(ACTIVE, 3, 3, laterStart, END, laterStart, TODAY)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void theLastDayIsNotAfterAnEndAlreadyAgreed() {
        assertThat(Ending.end(ACTIVE, 3, 3, START, END, END.plusDays(1), TODAY))
                .isEqualTo(Decision.refused("agreement.end.afterEnd"));
    }
}
