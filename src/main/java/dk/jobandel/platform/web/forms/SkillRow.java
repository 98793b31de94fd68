package dk.jobandel.platform.web.forms;

import dk.jobandel.shared.SkillPicks;
import org.jspecify.annotations.Nullable;

/**
 * One requested skill in a form's list (the role form and the pool-need form): the skill and the least level asked
 * for; a row without a skill is ignored. Forms that ask for more per skill extend it.
 */
public class SkillRow implements SkillPicks.Row {

    private @Nullable Short skillId;
    private int minLevel = 1;

    public SkillRow() {}

    public SkillRow(short skillId, int minLevel) {
        this.skillId = skillId;
        this.minLevel = minLevel;
    }

    @Override
    public @Nullable Short getSkillId() {
        return skillId;
    }

    @Override
    public void setSkillId(@Nullable Short skillId) {
        this.skillId = skillId;
    }

    public int getMinLevel() {
        return minLevel;
    }

    public void setMinLevel(int minLevel) {
        this.minLevel = minLevel;
    }
}
