package dk.jobandel.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238's SHA-1 test vector: at 59 seconds (step 1) the code is 94287082, whose last six digits are 287082. */
class TotpTest {

    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodeOfTheStepIsAcceptedWithOneStepOfDriftEitherWay() {
        assertThat(Totp.matchingStep(SECRET, "287082", Instant.ofEpochSecond(59)))
                .hasValue(1);
        assertThat(Totp.matchingStep(SECRET, "287 082", Instant.ofEpochSecond(89)))
                .hasValue(1);
        assertThat(Totp.matchingStep(SECRET, "287082", Instant.ofEpochSecond(5)))
                .hasValue(1);
    }

    @Test
    void anOldCodeAWrongCodeOrNoNumberIsNot() {
        assertThat(Totp.matchingStep(SECRET, "287082", Instant.ofEpochSecond(150)))
                .isEmpty();
        assertThat(Totp.matchingStep(SECRET, "287083", Instant.ofEpochSecond(59)))
                .isEmpty();
        assertThat(Totp.matchingStep(SECRET, "28708", Instant.ofEpochSecond(59)))
                .isEmpty();
        assertThat(Totp.matchingStep(SECRET, "abcdef", Instant.ofEpochSecond(59)))
                .isEmpty();
    }
}
