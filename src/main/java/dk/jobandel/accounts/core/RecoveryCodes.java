package dk.jobandel.accounts.core;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten single-use codes shown once when the second factor is set up, for the day the phone is
 * lost. Ten characters each from an alphabet without look-alikes (no 0/O, 1/l/I), about 50 bits.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private RecoveryCodes() {}

    public static List<String> generate(SecureRandom random) {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(11);
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** A code as typed (any case, with or without the dash or spaces) in the form that is hashed. */
    public static String normalise(String typed) {
        return typed.replace("-", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
    }

    /** Whether what was typed looks like a recovery code rather than a six-digit code from the app. */
    public static boolean looksLikeOne(String typed) {
        return normalise(typed).length() == 10;
    }
}
