package dk.jobandel.freelancers;

import java.util.List;

/** The working languages a freelancer can name (ISO 639-1 codes; names in the message files as {@code language.xx}). */
public final class Languages {

    public static final List<String> CODES =
            List.of("da", "en", "de", "sv", "no", "ar", "fa", "uk", "pl", "ro", "tr", "so", "ur", "ti", "es", "fr");

    private Languages() {}
}
