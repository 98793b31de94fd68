package dk.jobandel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo accounts' hash, worked out beforehand, is the documented password's hash at the application's cost. */
class DemoPasswordHashTest {

    /** The application's encoder (platform.security.SecurityConfiguration#passwordEncoder, without its bound). */
    private final PasswordEncoder application = new DelegatingPasswordEncoder(
            "argon2", Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2)));

    @Test
    void theStoredHashIsTheDocumentedDemoPasswordsArgon2idHashAtTheApplicationsCost() throws Exception {
        String configured = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-demo.properties"))
                .getProperty("jobandel.demo.password");

        assertThat(configured).isEqualTo(DemoPasswordHash.PASSWORD);
        assertThat(application.matches(DemoPasswordHash.PASSWORD, DemoPasswordHash.ENCODED))
                .isTrue();
        assertThat(application.matches("jobandel-demo-2025", DemoPasswordHash.ENCODED))
                .isFalse();
        assertThat(DemoPasswordHash.ENCODED).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(application.upgradeEncoding(DemoPasswordHash.ENCODED)).isFalse();
    }

    @Test
    void theDemoPasswordIsAnsweredWithTheStoredHashAndAnyOtherIsHashed() {
        var hashed = new AtomicInteger();
        var counting = new PasswordEncoder() {
            @Override
            public @Nullable String encode(@Nullable CharSequence rawPassword) {
                hashed.incrementAndGet();
                return application.encode(rawPassword);
            }

            @Override
            public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
                return application.matches(rawPassword, encodedPassword);
            }
        };
        var encoder = (PasswordEncoder) DemoPasswordHash.demoPasswordHashes(DemoPasswordHash.PASSWORD)
                .postProcessAfterInitialization(counting, "passwordEncoder");

        assertThat(encoder.encode(DemoPasswordHash.PASSWORD)).isEqualTo(DemoPasswordHash.ENCODED);
        assertThat(hashed).hasValue(0);
        assertThat(encoder.matches(DemoPasswordHash.PASSWORD, encoder.encode(DemoPasswordHash.PASSWORD)))
                .isTrue();

        String other = encoder.encode("a member's own password");
        assertThat(hashed).hasValue(1);
        assertThat(other).isNotEqualTo(DemoPasswordHash.ENCODED);
        assertThat(encoder.matches("a member's own password", other)).isTrue();
        assertThat(encoder.matches(DemoPasswordHash.PASSWORD, other)).isFalse();
    }

    @Test
    void anotherConfiguredDemoPasswordIsHashedAsUsual() {
        var encoder = application;

        Object processed = DemoPasswordHash.demoPasswordHashes("another-demo-password")
                .postProcessAfterInitialization(encoder, "passwordEncoder");

        assertThat(processed).isSameAs(encoder);
    }
}
