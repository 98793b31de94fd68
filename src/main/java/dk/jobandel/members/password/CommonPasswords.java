package dk.jobandel.members.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords people pick most often (the zxcvbn list, see
 * {@code security/common-passwords.NOTICE.md}), refused at sign-up whatever their length.
 */
public final class CommonPasswords {

    private static final String RESOURCE = "/security/common-passwords.txt";

    private CommonPasswords() {}

    public static boolean contains(String password) {
        return Holder.PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Holder.PASSWORDS.size();
    }

    private static final class Holder {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Set<String> passwords = new HashSet<>(32_768);
                reader.lines().filter(line -> !line.isBlank()).forEach(passwords::add);
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
