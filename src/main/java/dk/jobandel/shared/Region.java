package dk.jobandel.shared;

import java.util.Locale;

/** One of Denmark's five regions. */
public record Region(short code, String nameDa, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }
}
