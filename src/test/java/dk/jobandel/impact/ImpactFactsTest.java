package dk.jobandel.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.jobandel.impact.core.Contract;
import dk.jobandel.impact.core.Kind;
import dk.jobandel.impact.core.Placement;
import dk.jobandel.members.SignUps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When kept impact facts are used and when they are taken again, on a clock the test moves. */
class ImpactFactsTest {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    /** A clock that stands still until the test moves it. */
    static final class TestClock extends Clock {
        Instant now = TODAY.atTime(10, 0).atZone(COPENHAGEN).toInstant();

        @Override
        public ZoneId getZone() {
            return COPENHAGEN;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void move(Duration d) {
            now = now.plus(d);
        }
    }

    /** A source that counts how often it is read, with one more placement each time. */
    static final class CountingSource implements ImpactSource {
        int reads;

        @Override
        public List<Placement> placements(LocalDate until) {
            reads++;
            return java.util.stream.IntStream.range(0, reads)
                    .mapToObj(i -> new Placement(
                            "A-" + i,
                            i,
                            Kind.JOB_SHARE,
                            Contract.EMPLOYMENT,
                            1,
                            "Org",
                            Set.of(1L),
                            (short) 751,
                            (short) 1082,
                            TODAY.minusMonths(4),
                            null,
                            20,
                            null,
                            false))
                    .toList();
        }
    }

    TestClock clock;
    CountingSource source;
    ImpactFactsChanges changes;

    @BeforeEach
    void setUp() {
        clock = new TestClock();
        source = new CountingSource();
        changes = new ImpactFactsChanges();
    }

    ImpactFacts facts(Duration maxAge) {
        SignUps signUps = mock(SignUps.class);
        when(signUps.freelancers()).thenReturn(Map.of());
        ImpactConsents consents = mock(ImpactConsents.class);
        when(consents.all()).thenReturn(Map.of());
        return new ImpactFacts(List.of(source), signUps, consents, changes, clock, maxAge);
    }

    @Test
    void keptFactsServePagesWithinTheirMaximumAgeAndAreTakenAgainAfterIt() {
        var facts = facts(Duration.ofMinutes(1));
        var first = facts.asOf(TODAY);
        clock.move(Duration.ofSeconds(59));
        assertThat(facts.asOf(TODAY)).isSameAs(first);
        assertThat(source.reads).isEqualTo(1);

        clock.move(Duration.ofSeconds(1));
        var second = facts.asOf(TODAY);
        assertThat(source.reads).isEqualTo(2);
        assertThat(second.placements()).hasSize(2);
        assertThat(second.generation()).isNotEqualTo(first.generation());
    }

    @Test
    void aNewDayTakesThemAgain() {
        var facts = facts(Duration.ofMinutes(1));
        facts.asOf(TODAY);
        facts.asOf(TODAY.plusDays(1));
        assertThat(source.reads).isEqualTo(2);
    }

    @Test
    void aChangedConsentTakesThemAgainAtOnce() {
        var facts = facts(Duration.ofMinutes(1));
        facts.asOf(TODAY);
        changes.changed();
        facts.asOf(TODAY);
        assertThat(source.reads).isEqualTo(2);
    }

    @Test
    void theBackgroundRefreshTakesThemAgainWhilePagesAreReadAndOnlyThen() {
        var facts = facts(Duration.ofMinutes(1));
        facts.refresh();
        assertThat(source.reads).as("nothing read yet, nothing kept").isZero();
        facts.asOf(TODAY);
        clock.move(Duration.ofSeconds(20));
        facts.refresh();
        assertThat(source.reads).isEqualTo(2);
        assertThat(facts.asOf(TODAY).placements()).hasSize(2);
        assertThat(source.reads).as("the page used the refreshed facts").isEqualTo(2);

        clock.move(Duration.ofMinutes(11));
        facts.refresh();
        assertThat(source.reads).as("no page in the last ten minutes").isEqualTo(2);
    }

    @Test
    void aMaximumAgeOfZeroKeepsNothing() {
        var facts = facts(Duration.ZERO);
        facts.asOf(TODAY);
        facts.asOf(TODAY);
        facts.refresh();
        assertThat(source.reads).isEqualTo(2);
    }
}
