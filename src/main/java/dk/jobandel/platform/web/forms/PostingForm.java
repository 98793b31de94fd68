package dk.jobandel.platform.web.forms;

import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.Skill;
import dk.jobandel.shared.SkillPicks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * A posting of work (a role, a pool need): its title and version, place, period and week, and a list of chosen skills
 * edited with the skills picker ({@code fragments/skill-picker ::
 * rows}): the rows {@code skills[i]}, the search box {@code skillSearch}, the checks of each row and the picker's
 * buttons. The role form and the pool-need form extend it with their own row type.
 *
 * @param <R> the form's row: a {@link SkillRow}, or one that asks for more per skill
 */
public abstract class PostingForm<R extends SkillRow> extends WeekDaysForm {

    private long version;

    @NotBlank
    @Size(max = 120)
    private String title = "";

    /** Where the work is (a subclass may require it). */
    protected @Nullable Short municipalityCode;

    /** The period of the work (a subclass may require its start). */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    protected @Nullable LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    protected @Nullable LocalDate endDate;

    /** The chosen skills (the picker's list); a row without a skill is ignored. */
    private List<R> skills = new ArrayList<>();

    /** The picker's search box: text to find skills by, kept when the page comes back. */
    private @Nullable String skillSearch;

    /** The picker's buttons as the request names them: a skill to add, one to remove, or the search's "find". */
    private @Nullable String add;

    private @Nullable String remove;
    private @Nullable String search;

    /** A new, empty row for a skill the picker adds. */
    protected abstract R newRow();

    /**
     * Each row's own errors, next to the row: an unknown skill, a skill chosen twice, a level outside 1–3. Rows
     * without a skill are skipped.
     */
    protected void checkSkills(Errors errors, ReferenceData referenceData) {
        Set<Short> seen = new HashSet<>();
        for (int i = 0; i < skills.size(); i++) {
            R row = skills.get(i);
            Short skillId = row.getSkillId();
            if (skillId == null) {
                continue;
            }
            if (referenceData.skill(skillId).isEmpty()) {
                errors.rejectValue("skills[" + i + "].skillId", "profile.skills.unknown");
            } else if (!seen.add(skillId)) {
                errors.rejectValue("skills[" + i + "].skillId", "role.skills.duplicate");
            }
            if (row.getMinLevel() < 1 || row.getMinLevel() > 3) {
                errors.rejectValue("skills[" + i + "].minLevel", "profile.skills.level");
            }
        }
    }

    /** The rows that hold a skill. */
    protected List<R> chosenRows() {
        return skills.stream().filter(row -> row.getSkillId() != null).toList();
    }

    /**
     * The picker's buttons without saving: takes a skill off the list and adds one (a known skill not yet chosen, at
     * the basic level). Rows keep their places so that errors stay beside their rows.
     */
    public void pick(@Nullable String add, @Nullable String remove, ReferenceData referenceData) {
        SkillPicks.pick(skills, this::newRow, add, remove, referenceData);
        if (add != null) {
            skillSearch = null;
        }
    }

    /** Whether one of the picker's buttons (add, remove, find) sent the form, rather than its save button. */
    public boolean picking() {
        return add != null || remove != null || search != null;
    }

    /**
     * The picker's buttons without JavaScript (add, remove, find) after the form has been checked into {@code
     * result}: the form, named {@code name} in the model, comes back with the list changed and everything typed kept;
     * nothing is saved, and only the skills' own errors show (a bad skill or level), with the search's suggestions.
     */
    public void picked(BindingResult result, String name, ReferenceData referenceData, Locale locale, Model model) {
        var skillErrors = new BeanPropertyBindingResult(this, name);
        result.getFieldErrors().stream()
                .filter(error -> error.getField().startsWith("skills"))
                .forEach(skillErrors::addError);
        pick(add, remove, referenceData);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, skillErrors);
        model.addAttribute("suggestions", suggestions(referenceData, locale));
    }

    /**
     * The suggestions while typing in the picker's search box (htmx), for the fragment {@code fragments/skill-picker
     * :: suggestions}: skills whose name holds the text. Returns the fragment's name.
     */
    public String suggestionsFragment(
            @Nullable String search, ReferenceData referenceData, Locale locale, Model model) {
        setSkillSearch(search);
        model.addAttribute("form", this);
        model.addAttribute("suggestions", suggestions(referenceData, locale));
        return "fragments/skill-picker :: suggestions";
    }

    /** The skills, not yet chosen, whose name holds the search text. */
    public List<Skill> suggestions(ReferenceData referenceData, Locale locale) {
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

    /** The version the form's changes are based on (0 for a new one). */
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

    public @Nullable String getSkillSearch() {
        return skillSearch;
    }

    public void setSkillSearch(@Nullable String skillSearch) {
        this.skillSearch = SkillPicks.search(skillSearch);
    }

    public void setAdd(@Nullable String add) {
        this.add = add;
    }

    public void setRemove(@Nullable String remove) {
        this.remove = remove;
    }

    public void setSearch(@Nullable String search) {
        this.search = search;
    }

    public List<R> getSkills() {
        return skills;
    }

    public void setSkills(List<R> skills) {
        this.skills = skills;
    }
}
