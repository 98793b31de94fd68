package dk.jobandel.shared;

import java.util.Locale;

/** A skill from the curated catalogue. Ids are small and dense: the matching engine uses them as bit positions. */
public record Skill(short id, String code, String categoryCode, String nameDa, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }
}
