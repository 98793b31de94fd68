package dk.jobandel.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Jobandel speaks: Danish first (the default), English one click away. */
public final class SupportedLanguages {

    public static final Locale DANISH = Locale.of("da");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(DANISH, ENGLISH);

    private SupportedLanguages() {}

    /** The supported locale for a language tag such as {@code "da"} or {@code "en"}, if there is one. */
    public static Optional<Locale> fromTag(String tag) {
        return ALL.stream().filter(l -> l.getLanguage().equals(tag)).findFirst();
    }
}
