package dk.jobandel.freelancers.web;

import dk.jobandel.freelancers.HeldSkill;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.Skill;
import dk.jobandel.shared.SkillPicks;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The skills a freelancer holds: a level (1–3) per skill id; no entry means "not a skill of mine". Edited with the
 * skills picker ({@code fragments/skill-picker :: levels}); its plain rules (a skill id from a button, the search text,
 * the suggestions) are {@link SkillPicks}, as for the role and need forms. Unlike theirs, its list is a map by skill
 * id ({@code levels[12]=2}), which is what the page posts, so it is not a {@code PostingForm} of rows.
 */
public class SkillsForm {

    private long version;

    private Map<Short, @Nullable Integer> levels = new HashMap<>();

    /** The picker's search box: text to find skills by, kept when the page comes back. */
    private @Nullable String skillSearch;

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
        SkillPicks.parse(skillId)
                .filter(id -> referenceData.skill(id).isPresent())
                .ifPresent(id -> levels.putIfAbsent(id, (int) HeldSkill.BASIC));
        if (skillId != null) {
            skillSearch = null;
        }
    }

    /** Takes a skill off the list (it is not held once saved). */
    void remove(@Nullable String skillId) {
        SkillPicks.parse(skillId).ifPresent(levels::remove);
    }

    /** The skills, not yet chosen, whose name holds the search text, in the page's language. */
    List<Skill> suggestions(ReferenceData referenceData, Locale locale) {
        return SkillPicks.suggestions(referenceData, skillSearch, this::chosen, locale);
    }

    /** Whether any skill is on the chosen list. */
    public boolean hasChosen() {
        return levels.values().stream().anyMatch(level -> level != null);
    }

    /** Whether a skill is on the chosen list. */
    public boolean chosen(Skill skill) {
        return levels.get(skill.id()) != null;
    }

    public @Nullable String getSkillSearch() {
        return skillSearch;
    }

    public void setSkillSearch(@Nullable String skillSearch) {
        this.skillSearch = SkillPicks.search(skillSearch);
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
