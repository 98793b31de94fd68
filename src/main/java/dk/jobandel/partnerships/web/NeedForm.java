package dk.jobandel.partnerships.web;

import dk.jobandel.partnerships.NeedDetails;
import dk.jobandel.partnerships.PartnershipModel;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.partnerships.TargetGroup;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** A firm's partnership need. */
class NeedForm {

    @NotBlank
    @Size(max = 200)
    private String title = "";

    @NotNull
    private @Nullable PartnershipModel model;

    @NotNull
    private @Nullable ServiceKind service;

    @Min(1)
    @Max(10000)
    private @Nullable Integer hoursPerWeek;

    @Min(1)
    @Max(1_000_000_000)
    private @Nullable Integer yearlyAmount;

    @NotNull
    private @Nullable Short municipalityCode;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate startOn;

    @NotNull
    @Min(0)
    @Max(1000)
    private @Nullable Integer inclusiveJobs;

    private List<TargetGroup> targetGroups = new ArrayList<>();

    @Size(max = 4000)
    private String freeText = "";

    private long version;

    static NeedForm of(NeedDetails d, long version) {
        var form = new NeedForm();
        form.title = d.title();
        form.model = d.model();
        form.service = d.service();
        form.hoursPerWeek = d.hoursPerWeek();
        form.yearlyAmount = d.yearlyAmount();
        form.municipalityCode = d.municipalityCode();
        form.startOn = d.startOn();
        form.inclusiveJobs = d.inclusiveJobs();
        form.targetGroups = new ArrayList<>(d.targetGroups());
        form.freeText = d.freeText();
        form.version = version;
        return form;
    }

    /** A volume is needed: hours a week or a yearly amount. */
    void checkVolume(BindingResult result) {
        if (hoursPerWeek == null && yearlyAmount == null && !result.hasFieldErrors("hoursPerWeek")) {
            result.rejectValue("hoursPerWeek", "partnerships.need.volumeRequired");
        }
    }

    NeedDetails toDetails() {
        if (model == null || service == null || municipalityCode == null || startOn == null || inclusiveJobs == null) {
            throw new IllegalStateException("Validate the form before using it");
        }
        return new NeedDetails(
                title,
                model,
                service,
                hoursPerWeek,
                yearlyAmount,
                municipalityCode,
                startOn,
                inclusiveJobs,
                new HashSet<>(targetGroups),
                freeText);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public @Nullable PartnershipModel getModel() {
        return model;
    }

    public void setModel(@Nullable PartnershipModel model) {
        this.model = model;
    }

    public @Nullable ServiceKind getService() {
        return service;
    }

    public void setService(@Nullable ServiceKind service) {
        this.service = service;
    }

    public @Nullable Integer getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(@Nullable Integer hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public @Nullable Integer getYearlyAmount() {
        return yearlyAmount;
    }

    public void setYearlyAmount(@Nullable Integer yearlyAmount) {
        this.yearlyAmount = yearlyAmount;
    }

    public @Nullable Short getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(@Nullable Short municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public @Nullable LocalDate getStartOn() {
        return startOn;
    }

    public void setStartOn(@Nullable LocalDate startOn) {
        this.startOn = startOn;
    }

    public @Nullable Integer getInclusiveJobs() {
        return inclusiveJobs;
    }

    public void setInclusiveJobs(@Nullable Integer inclusiveJobs) {
        this.inclusiveJobs = inclusiveJobs;
    }

    public List<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<TargetGroup> targetGroups) {
        this.targetGroups = targetGroups;
    }

    public String getFreeText() {
        return freeText;
    }

    public void setFreeText(String freeText) {
        this.freeText = freeText;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
