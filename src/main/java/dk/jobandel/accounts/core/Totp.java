package dk.jobandel.accounts.core;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticator-app codes (TOTP, RFC 6238: HMAC-SHA1, six digits, 30-second steps, through the java-otp library):
 * which time step a typed code belongs to, allowing one step of drift either way. Whether the step was already used
 * is the store's to claim.
 */
public final class Totp {

    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

    private Totp() {}

    /**
     * The step of {@code now}, the one before or the one after whose code is {@code code} (spaces ignored); empty when
     * the code is not six digits or matches none of them.
     */
    public static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        String typed = code.replace(" ", "").strip();
        if (!typed.matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        long seconds = TOTP.getTimeStep().getSeconds();
        long step = now.getEpochSecond() / seconds;
        var key = new SecretKeySpec(secret, "HmacSHA1");
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            String expected;
            try {
                expected = TOTP.generateOneTimePasswordString(
                        key, Instant.ofEpochSecond(candidate * seconds), Locale.ROOT);
            } catch (InvalidKeyException e) {
                throw new IllegalStateException(e);
            }
            if (MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }
}
