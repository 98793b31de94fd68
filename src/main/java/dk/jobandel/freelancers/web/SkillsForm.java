package dk.jobandel.freelancers.web;

import dk.jobandel.freelancers.HeldSkill;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.Skill;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The skills a freelancer holds: a level (1–3) per skill id; no entry means "not a skill of mine". */
public class SkillsForm {

    private long version;

    private Map<Short, @Nullable Integer> levels = new HashMap<>();

    /** The picker's search box: text to find skills by, kept when the page comes back. */
    private @Nullable String skillSearch;

    /** At most this many suggestions for the search box. */
    static final int SUGGESTIONS = 12;

    static SkillsForm of(Profile profile) {
        var form = new SkillsForm();
        form.version = profile.version();
        profile.skills().forEach(skill -> form.levels.put(skill.skillId(), (int) skill.level()));
        return form;
    }

    void checkRules(Errors errors, ReferenceData referenceData) {
        for (var entry : levels.entrySet()) {
            Integer level = entry.getValue();
            if (referenceData.skill(entry.getKey()).isEmpty()) {
                errors.reject("profile.skills.unknown");
            } else if (level != null && (level < HeldSkill.BASIC || level > HeldSkill.EXPERT)) {
                errors.rejectValue("levels[" + entry.getKey() + "]", "profile.skills.level");
            }
        }
    }

    Set<HeldSkill> toSkills() {
        Set<HeldSkill> skills = new HashSet<>();
        levels.forEach((skillId, level) -> {
            if (level != null) {
                skills.add(new HeldSkill(skillId, level.shortValue()));
            }
        });
        return skills;
    }

    /** Adds a skill chosen in the picker at the basic level, unless it is unknown or already chosen. */
    void add(@Nullable String skillId, ReferenceData referenceData) {
        parse(skillId)
                .filter(id -> referenceData.skill(id).isPresent())
                .ifPresent(id -> levels.putIfAbsent(id, (int) HeldSkill.BASIC));
        if (skillId != null) {
            skillSearch = null;
        }
    }

    /** Takes a skill off the list (it is not held once saved). */
    void remove(@Nullable String skillId) {
        parse(skillId).ifPresent(levels::remove);
    }

    /** The skills, not yet chosen, whose name holds the search text, in the page's language. */
    List<Skill> suggestions(ReferenceData referenceData, Locale locale) {
        if (skillSearch == null || skillSearch.isBlank()) {
            return List.of();
        }
        String text = skillSearch.strip().toLowerCase(locale);
        return referenceData.skillCategories().stream()
                .flatMap(category -> category.skills().stream())
                .filter(skill -> levels.get(skill.id()) == null)
                .filter(skill -> skill.name(locale).toLowerCase(locale).contains(text))
                .sorted(Comparator.comparing((Skill skill) -> skill.name(locale)))
                .limit(SUGGESTIONS)
                .toList();
    }

    /** Whether any skill is on the chosen list. */
    public boolean hasChosen() {
        return levels.values().stream().anyMatch(level -> level != null);
    }

    /** Whether a skill is on the chosen list. */
    public boolean chosen(Skill skill) {
        return levels.get(skill.id()) != null;
    }

    private static Optional<Short> parse(@Nullable String id) {
        if (id == null || id.isBlank() || id.length() > 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(Short.parseShort(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public @Nullable String getSkillSearch() {
        return skillSearch;
    }

    public void setSkillSearch(@Nullable String skillSearch) {
        this.skillSearch =
                skillSearch == null || skillSearch.length() <= 100 ? skillSearch : skillSearch.substring(0, 100);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Map<Short, @Nullable Integer> getLevels() {
        return levels;
    }

    public void setLevels(Map<Short, @Nullable Integer> levels) {
        this.levels = levels;
    }
}
