package dk.jobandel.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo accounts' password hash, worked out once and kept here instead of at every first start: the seeding
 * registers some 150 accounts, and hashing the same password 150 times with Argon2id (19 MiB, tens of milliseconds of
 * a core each) was the largest part of the demo profile's start-up (issue 12). Every demo account gets the same
 * encoded hash (the same salt) of the documented demo password, which is no secret; the hash has the production
 * encoder's algorithm and cost, so signing in checks it exactly as any other. Any other password, and the demo
 * password itself when {@code jobandel.demo.password} names another one, is hashed as usual.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoPasswordHash {

    /** The password of every demo account, as documented in application-demo.properties and the README. */
    static final String PASSWORD = "jobandel-demo-2026";

    /** {@link #PASSWORD} hashed by the application's encoder (Argon2id, m=19456, t=2, p=1; DemoPasswordHashTest). */
    static final String ENCODED =
            "{argon2}$argon2id$v=19$m=19456,t=2,p=1$gMfIAspm5wGz8vhlU/YZRQ$uh+9Z2Nl1F1fBakRiBOMF/PxVJRJ7aAq3PUi7sSkGeM";

    @Bean
    static BeanPostProcessor demoPasswordHashes(@Value("${jobandel.demo.password}") String demoPassword) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof PasswordEncoder encoder && PASSWORD.equals(demoPassword)
                        ? new Precomputed(encoder)
                        : bean;
            }
        };
    }

    /** The application's encoder, except that it answers the demo password with the hash worked out beforehand. */
    static final class Precomputed implements PasswordEncoder {

        private final PasswordEncoder delegate;

        Precomputed(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public @Nullable String encode(@Nullable CharSequence rawPassword) {
            return rawPassword != null && PASSWORD.contentEquals(rawPassword) ? ENCODED : delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(@Nullable String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
