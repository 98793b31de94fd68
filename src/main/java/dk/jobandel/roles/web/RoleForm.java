package dk.jobandel.roles.web;

import dk.jobandel.platform.web.forms.PostingForm;
import dk.jobandel.roles.PayKind;
import dk.jobandel.roles.RequiredSkill;
import dk.jobandel.roles.Requirement;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.RoleDetails;
import dk.jobandel.roles.WorkMode;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The role form: details, the schedule as one text field per day (painted by the week-grid widget), skills (the
 * picker's rows, {@link PostingForm}) and the employment terms ({@link RoleTermsFields}).
 */
public class RoleForm extends RoleTermsFields {

    @Size(max = 4000)
    private String description = "";

    @NotNull
    @Min(1)
    @Max(3)
    private @Nullable Integer sharers = 2;

    @NotNull
    @Min(0)
    @Max(240)
    private @Nullable Integer handoverMinutes = 30;

    private boolean evenSplit = true;
    private @Nullable Integer split1;
    private @Nullable Integer split2;
    private @Nullable Integer split3;

    @NotNull
    private @Nullable WorkMode workMode = WorkMode.ON_SITE;

    @NotNull
    private @Nullable PayKind payKind = PayKind.HOURLY;

    @NotNull
    @DecimalMin(value = "0.01")
    @DecimalMax(value = "1000000")
    private @Nullable BigDecimal payFrom;

    @DecimalMin(value = "0.01")
    @DecimalMax(value = "1000000")
    private @Nullable BigDecimal payTo;

    @NotNull
    @DecimalMin(value = "0")
    @DecimalMax(value = "30")
    private @Nullable BigDecimal pensionPercent = new BigDecimal("12");

    private boolean collectiveAgreement;
    private boolean openToFlexjob;

    /** One requested skill with how much it is required; a row without a skill is ignored. */
    public static class SkillRow extends dk.jobandel.platform.web.forms.SkillRow {
        private Requirement requirement = Requirement.MUST_EACH;

        public Requirement getRequirement() {
            return requirement;
        }

        public void setRequirement(Requirement requirement) {
            this.requirement = requirement;
        }
    }

    @Override
    protected SkillRow newRow() {
        return new SkillRow();
    }

    static RoleForm blank(short municipalityCode, LocalDate startDate) {
        var form = new RoleForm();
        form.municipalityCode = municipalityCode;
        form.startDate = startDate;
        return form;
    }

    static RoleForm of(Role role) {
        RoleDetails d = role.details();
        var form = new RoleForm();
        form.setVersion(role.version());
        form.setTitle(d.title());
        form.description = d.description();
        form.sharers = d.sharers();
        form.handoverMinutes = d.handoverMinutes();
        form.evenSplit = d.splitPercents() == null;
        if (d.splitPercents() != null) {
            List<Integer> split = d.splitPercents();
            form.split1 = split.size() > 0 ? split.get(0) : null;
            form.split2 = split.size() > 1 ? split.get(1) : null;
            form.split3 = split.size() > 2 ? split.get(2) : null;
        }
        form.municipalityCode = d.municipalityCode();
        form.workMode = d.workMode();
        form.startDate = d.startDate();
        form.endDate = d.endDate();
        form.payKind = d.payKind();
        form.payFrom = d.payFrom();
        form.payTo = d.payTo();
        form.pensionPercent = d.pensionPercent();
        form.collectiveAgreement = d.collectiveAgreement();
        form.openToFlexjob = d.openToFlexjob();
        form.fillTerms(d.terms());
        form.fill(d.schedule());
        for (RequiredSkill skill : d.skills()) {
            SkillRow row = new SkillRow();
            row.setSkillId(skill.skillId());
            row.setRequirement(skill.requirement());
            row.setMinLevel(skill.minLevel());
            form.getSkills().add(row);
        }
        return form;
    }

    /**
     * The rules across fields and what Bean Validation cannot see, each reported next to the field to
     * change. Returns the parsed schedule.
     */
    WeekGrid checkRules(Errors errors, ReferenceData referenceData) {
        if (municipalityCode != null
                && referenceData.municipality(municipalityCode).isEmpty()) {
            errors.rejectValue("municipalityCode", "registration.municipality.unknown");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            errors.rejectValue("endDate", "profile.period.endBeforeStart");
        }
        if (payFrom != null && payTo != null && payTo.compareTo(payFrom) < 0) {
            errors.rejectValue("payTo", "role.pay.range");
        }
        if (!evenSplit && sharers != null && sharers >= 1 && sharers <= 3) {
            Integer[] parts = {split1, split2, split3};
            boolean complete = true;
            int sum = 0;
            for (int i = 0; i < sharers; i++) {
                Integer part = parts[i];
                if (part == null || part < 1 || part > 100) {
                    complete = false;
                } else {
                    sum += part;
                }
            }
            if (!complete || sum != 100) {
                errors.rejectValue("split1", "role.split.invalid", new Object[] {sharers}, null);
            }
        }
        int errorsBefore = errors.getErrorCount();
        WeekGrid schedule = toGrid(errors);
        boolean unreadable = errors.getErrorCount() > errorsBefore;
        if (schedule.isEmpty() && !unreadable) {
            errors.rejectValue("day0", "role.schedule.empty");
        }
        checkSkills(errors, referenceData);
        return schedule;
    }

    RoleDetails toDetails(WeekGrid schedule) {
        if (sharers == null
                || handoverMinutes == null
                || municipalityCode == null
                || workMode == null
                || startDate == null
                || payKind == null
                || payFrom == null
                || pensionPercent == null
                || getHoliday() == null) {
            throw new IllegalStateException("Validate the form before using it");
        }
        List<Integer> split = null;
        if (!evenSplit) {
            split = new ArrayList<>();
            Integer[] parts = {split1, split2, split3};
            for (int i = 0; i < sharers; i++) {
                split.add(parts[i]);
            }
        }
        List<RequiredSkill> required = chosenRows().stream()
                .map(row -> new RequiredSkill(
                        Objects.requireNonNull(row.getSkillId()), row.getRequirement(), (short) row.getMinLevel()))
                .toList();
        return new RoleDetails(
                getTitle(),
                description,
                schedule,
                sharers,
                handoverMinutes,
                split,
                municipalityCode,
                workMode,
                startDate,
                endDate,
                payKind,
                payFrom,
                payTo,
                pensionPercent,
                collectiveAgreement,
                openToFlexjob,
                required,
                toTerms());
    }

    // --- accessors for data binding ---

    /** A role names its place (a need may leave it to the pool's). */
    @Override
    @NotNull
    public @Nullable Short getMunicipalityCode() {
        return municipalityCode;
    }

    /** A role names its start (a need may leave it open). */
    @Override
    @NotNull
    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public @Nullable Integer getSharers() {
        return sharers;
    }

    public void setSharers(@Nullable Integer sharers) {
        this.sharers = sharers;
    }

    public @Nullable Integer getHandoverMinutes() {
        return handoverMinutes;
    }

    public void setHandoverMinutes(@Nullable Integer handoverMinutes) {
        this.handoverMinutes = handoverMinutes;
    }

    public boolean isEvenSplit() {
        return evenSplit;
    }

    public void setEvenSplit(boolean evenSplit) {
        this.evenSplit = evenSplit;
    }

    public @Nullable Integer getSplit1() {
        return split1;
    }

    public void setSplit1(@Nullable Integer split1) {
        this.split1 = split1;
    }

    public @Nullable Integer getSplit2() {
        return split2;
    }

    public void setSplit2(@Nullable Integer split2) {
        this.split2 = split2;
    }

    public @Nullable Integer getSplit3() {
        return split3;
    }

    public void setSplit3(@Nullable Integer split3) {
        this.split3 = split3;
    }

    public @Nullable WorkMode getWorkMode() {
        return workMode;
    }

    public void setWorkMode(@Nullable WorkMode workMode) {
        this.workMode = workMode;
    }

    public @Nullable PayKind getPayKind() {
        return payKind;
    }

    public void setPayKind(@Nullable PayKind payKind) {
        this.payKind = payKind;
    }

    public @Nullable BigDecimal getPayFrom() {
        return payFrom;
    }

    public void setPayFrom(@Nullable BigDecimal payFrom) {
        this.payFrom = payFrom;
    }

    public @Nullable BigDecimal getPayTo() {
        return payTo;
    }

    public void setPayTo(@Nullable BigDecimal payTo) {
        this.payTo = payTo;
    }

    public @Nullable BigDecimal getPensionPercent() {
        return pensionPercent;
    }

    public void setPensionPercent(@Nullable BigDecimal pensionPercent) {
        this.pensionPercent = pensionPercent;
    }

    public boolean isCollectiveAgreement() {
        return collectiveAgreement;
    }

    public void setCollectiveAgreement(boolean collectiveAgreement) {
        this.collectiveAgreement = collectiveAgreement;
    }

    public boolean isOpenToFlexjob() {
        return openToFlexjob;
    }

    public void setOpenToFlexjob(boolean openToFlexjob) {
        this.openToFlexjob = openToFlexjob;
    }
}
