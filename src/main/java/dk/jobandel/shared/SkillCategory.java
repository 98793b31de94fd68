package dk.jobandel.shared;

import java.util.List;
import java.util.Locale;

/** A group of skills in the catalogue, in the order people see them. */
public record SkillCategory(String code, String nameDa, String nameEn, List<Skill> skills) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }
}
