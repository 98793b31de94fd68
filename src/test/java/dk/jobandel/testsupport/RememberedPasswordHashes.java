package dk.jobandel.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoder, remembering what it worked out. Tests create hundreds of members with the same
 * few passwords and sign them in, and each Argon2id hash (19 MiB, two passes) took 170–590 ms on a loaded CI machine.
 * The first hash of each password and the first check of each password against each hash are the encoder's own, so
 * stored hashes keep their real format and a wrong password is still refused; repeats are answered from memory. The
 * encoder's own behaviour is tested without this ({@code BoundedPasswordEncoderTest}, {@code DemoPasswordHashTest}).
 */
final class RememberedPasswordHashes implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> checks = new ConcurrentHashMap<>();

    private RememberedPasswordHashes(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** Wraps the context's password encoder. */
    static BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof PasswordEncoder encoder && !(bean instanceof RememberedPasswordHashes)
                        ? new RememberedPasswordHashes(encoder)
                        : bean;
            }
        };
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        if (rawPassword == null) {
            return encoder.encode(null);
        }
        return hashes.computeIfAbsent(rawPassword.toString(), encoder::encode);
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return encoder.matches(rawPassword, encodedPassword);
        }
        return checks.computeIfAbsent(
                rawPassword + "\u0000" + encodedPassword, key -> encoder.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }
}
