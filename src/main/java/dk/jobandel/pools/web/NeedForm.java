package dk.jobandel.pools.web;

import dk.jobandel.platform.web.forms.PostingForm;
import dk.jobandel.platform.web.forms.SkillRow;
import dk.jobandel.pools.NeedDetails;
import dk.jobandel.pools.NeedSkill;
import dk.jobandel.pools.Pools;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A pool need: title, the week window as one text field per day, hours, place, period and skills. */
public class NeedForm extends PostingForm<SkillRow> {

    private @Nullable BigDecimal hoursPerWeek;

    private boolean remote;

    @Override
    protected SkillRow newRow() {
        return new SkillRow();
    }

    static NeedForm blank(short municipalityCode, LocalDate startDate) {
        var form = new NeedForm();
        form.municipalityCode = municipalityCode;
        form.startDate = startDate;
        return form;
    }

    static NeedForm of(Pools.Need need) {
        var form = new NeedForm();
        form.setVersion(need.version());
        form.setTitle(need.title());
        form.hoursPerWeek = need.hoursPerWeek().stripTrailingZeros();
        form.remote = need.remote();
        form.municipalityCode = need.municipalityCode();
        form.startDate = need.startDate();
        form.endDate = need.endDate();
        form.fill(need.schedule());
        for (NeedSkill skill : need.skills()) {
            form.getSkills().add(new SkillRow(skill.skillId(), skill.minLevel()));
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
        checkSkills(errors, referenceData);
        NeedDetails details = toDetails(schedule);
        for (NeedDetails.Problem problem : pools.check(details)) {
            boolean schedulePart = problem.field().startsWith("day") && unreadable;
            if (!schedulePart && !problem.field().equals("skills") && !errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
            }
        }
        return details;
    }

    private NeedDetails toDetails(WeekGrid schedule) {
        List<NeedSkill> chosen = chosenRows().stream()
                .map(row -> new NeedSkill(Objects.requireNonNull(row.getSkillId()), row.getMinLevel()))
                .toList();
        return new NeedDetails(
                getTitle(), schedule, hoursPerWeek, remote, municipalityCode, startDate, endDate, chosen);
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
}
