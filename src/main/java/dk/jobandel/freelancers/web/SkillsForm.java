package dk.jobandel.freelancers.web;

import dk.jobandel.freelancers.HeldSkill;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.shared.ReferenceData;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The skills a freelancer holds: a level (1–3) per skill id; no entry means "not a skill of mine". */
public class SkillsForm {

    private long version;

    private Map<Short, @Nullable Integer> levels = new HashMap<>();

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
