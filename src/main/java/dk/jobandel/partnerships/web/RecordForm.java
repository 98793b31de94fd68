package dk.jobandel.partnerships.web;

import dk.jobandel.partnerships.NewPartnership;
import dk.jobandel.partnerships.PartnershipModel;
import dk.jobandel.partnerships.TargetGroup;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** A partnership the consultant records for a course's firm. */
class RecordForm {

    @NotNull
    private @Nullable Long sovId;

    private @Nullable Long needId;

    @NotNull
    private @Nullable PartnershipModel model;

    @NotNull
    private @Nullable Short municipalityCode;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate start;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate end;

    @NotNull
    @Min(0)
    @Max(10000)
    private @Nullable Integer volumeHours;

    @NotNull
    @Min(0)
    @Max(1000)
    private @Nullable Integer agreedJobs;

    @NotNull
    @Min(0)
    @Max(10000)
    private @Nullable Integer agreedJobHours;

    private List<TargetGroup> targetGroups = new ArrayList<>();

    void checkDates(BindingResult result) {
        if (start != null && end != null && end.isBefore(start)) {
            result.rejectValue("end", "partnerships.record.endBeforeStart");
        }
    }

    NewPartnership toNew(long courseId, long firmId) {
        if (sovId == null
                || model == null
                || municipalityCode == null
                || start == null
                || volumeHours == null
                || agreedJobs == null
                || agreedJobHours == null) {
            throw new IllegalStateException("Validate the form before using it");
        }
        return new NewPartnership(
                courseId,
                needId,
                firmId,
                sovId,
                model,
                municipalityCode,
                start,
                end,
                volumeHours,
                agreedJobs,
                agreedJobHours,
                new HashSet<>(targetGroups));
    }

    public @Nullable Long getSovId() {
        return sovId;
    }

    public void setSovId(@Nullable Long sovId) {
        this.sovId = sovId;
    }

    public @Nullable Long getNeedId() {
        return needId;
    }

    public void setNeedId(@Nullable Long needId) {
        this.needId = needId;
    }

    public @Nullable PartnershipModel getModel() {
        return model;
    }

    public void setModel(@Nullable PartnershipModel model) {
        this.model = model;
    }

    public @Nullable Short getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(@Nullable Short municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public @Nullable LocalDate getStart() {
        return start;
    }

    public void setStart(@Nullable LocalDate start) {
        this.start = start;
    }

    public @Nullable LocalDate getEnd() {
        return end;
    }

    public void setEnd(@Nullable LocalDate end) {
        this.end = end;
    }

    public @Nullable Integer getVolumeHours() {
        return volumeHours;
    }

    public void setVolumeHours(@Nullable Integer volumeHours) {
        this.volumeHours = volumeHours;
    }

    public @Nullable Integer getAgreedJobs() {
        return agreedJobs;
    }

    public void setAgreedJobs(@Nullable Integer agreedJobs) {
        this.agreedJobs = agreedJobs;
    }

    public @Nullable Integer getAgreedJobHours() {
        return agreedJobHours;
    }

    public void setAgreedJobHours(@Nullable Integer agreedJobHours) {
        this.agreedJobHours = agreedJobHours;
    }

    public List<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<TargetGroup> targetGroups) {
        this.targetGroups = targetGroups;
    }
}
