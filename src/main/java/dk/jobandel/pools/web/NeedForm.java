package dk.jobandel.pools.web;

import dk.jobandel.platform.web.forms.SkillRow;
import dk.jobandel.platform.web.forms.SkillsForm;
import dk.jobandel.pools.NeedDetails;
import dk.jobandel.pools.NeedSkill;
import dk.jobandel.pools.Pools;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A pool need: title, the week window as one text field per day, hours, place, period and skills. */
public class NeedForm extends SkillsForm<SkillRow> {

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
        form.version = need.version();
        form.title = need.title();
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
}
