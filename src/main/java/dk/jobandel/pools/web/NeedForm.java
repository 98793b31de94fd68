package dk.jobandel.pools.web;

import dk.jobandel.pools.NeedDetails;
import dk.jobandel.pools.NeedSkill;
import dk.jobandel.pools.Pools;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.Skill;
import dk.jobandel.shared.SkillPicks;
import dk.jobandel.shared.WeekDaysForm;
import dk.jobandel.shared.WeekGrid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A pool need: title, the week window as one text field per day, hours, place, period and skills. */
public class NeedForm extends WeekDaysForm {

    private long version;

    @NotBlank
    @Size(max = 120)
    private String title = "";

    private @Nullable BigDecimal hoursPerWeek;

    private boolean remote;

    private @Nullable Short municipalityCode;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate endDate;

    /** The chosen skills (the picker's list); a row without a skill is ignored. */
    private List<SkillRow> skills = new ArrayList<>();

    /** The picker's search box: text to find skills by, kept when the page comes back. */
    private @Nullable String skillSearch;

    /** One requested skill; a row without a skill is ignored. */
    public static class SkillRow implements SkillPicks.Row {
        private @Nullable Short skillId;
        private int minLevel = 1;

        public @Nullable Short getSkillId() {
            return skillId;
        }

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

    static NeedForm blank(short municipalityCode, LocalDate startDate) {
        var form = new NeedForm();
        form.municipalityCode = municipalityCode;
        form.startDate = startDate;
        return form;
    }

    static NeedForm of(Pools.Need need) {
        var form = new NeedForm();
        form.version = need.version();
        form.title = need.title();
        form.hoursPerWeek = need.hoursPerWeek().stripTrailingZeros();
        form.remote = need.remote();
        form.municipalityCode = need.municipalityCode();
        form.startDate = need.startDate();
        form.endDate = need.endDate();
        form.fill(need.schedule());
        for (NeedSkill skill : need.skills()) {
            SkillRow row = new SkillRow();
            row.skillId = skill.skillId();
            row.minLevel = skill.minLevel();
            form.skills.add(row);
        }
        return form;
    }

    /**
     * Reads the week and checks the need's rules ({@link Pools#check}), each reported next to its field unless
     * Bean Validation already flagged it; skills are checked row by row here. Returns the details to save.
     */
    NeedDetails checkRules(Errors errors, Pools pools, ReferenceData referenceData) {
        int before = errors.getErrorCount();
        WeekGrid schedule = toGrid(errors);
        boolean unreadable = errors.getErrorCount() > before;
        Set<Short> seen = new HashSet<>();
        for (int i = 0; i < skills.size(); i++) {
            SkillRow row = skills.get(i);
            if (row.skillId == null) {
                continue;
            }
            if (referenceData.skill(row.skillId).isEmpty()) {
                errors.rejectValue("skills[" + i + "].skillId", "profile.skills.unknown");
            } else if (!seen.add(row.skillId)) {
                errors.rejectValue("skills[" + i + "].skillId", "role.skills.duplicate");
            }
            if (row.minLevel < 1 || row.minLevel > 3) {
                errors.rejectValue("skills[" + i + "].minLevel", "profile.skills.level");
            }
        }
        NeedDetails details = toDetails(schedule);
        for (NeedDetails.Problem problem : pools.check(details)) {
            boolean schedulePart = problem.field().startsWith("day") && unreadable;
            if (!schedulePart && !problem.field().equals("skills") && !errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
            }
        }
        return details;
    }

    /**
     * The picker's buttons without saving: takes a skill off the list and adds one (a known skill not yet chosen, at
     * the basic level). Rows keep their places so that errors stay beside their rows.
     */
    void pick(@Nullable String add, @Nullable String remove, ReferenceData referenceData) {
        SkillPicks.pick(skills, SkillRow::new, add, remove, referenceData);
        if (add != null) {
            skillSearch = null;
        }
    }

    /** The skills, not yet chosen, whose name holds the search text. */
    List<Skill> suggestions(ReferenceData referenceData, Locale locale) {
        return SkillPicks.suggestions(referenceData, skillSearch, this::chosen, locale);
    }

    /** Whether any skill is on the chosen list. */
    public boolean hasChosen() {
        return SkillPicks.hasChosen(skills);
    }

    /** Whether a skill is on the chosen list. */
    public boolean chosen(Skill skill) {
        return SkillPicks.chosen(skills, skill);
    }

    public @Nullable String getSkillSearch() {
        return skillSearch;
    }

    public void setSkillSearch(@Nullable String skillSearch) {
        this.skillSearch = SkillPicks.search(skillSearch);
    }

    private NeedDetails toDetails(WeekGrid schedule) {
        List<NeedSkill> chosen = skills.stream()
                .filter(row -> row.skillId != null)
                .map(row -> new NeedSkill(row.skillId, row.minLevel))
                .toList();
        return new NeedDetails(title, schedule, hoursPerWeek, remote, municipalityCode, startDate, endDate, chosen);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public @Nullable BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(@Nullable BigDecimal hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public boolean isRemote() {
        return remote;
    }

    public void setRemote(boolean remote) {
        this.remote = remote;
    }

    public @Nullable Short getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(@Nullable Short municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(@Nullable LocalDate endDate) {
        this.endDate = endDate;
    }

    public List<SkillRow> getSkills() {
        return skills;
    }

    public void setSkills(List<SkillRow> skills) {
        this.skills = skills;
    }
}
