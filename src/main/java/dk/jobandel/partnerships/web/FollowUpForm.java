package dk.jobandel.partnerships.web;

import dk.jobandel.partnerships.TargetGroup;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A follow-up of a partnership: the inclusive jobs and hours actually filled, for which target groups, a note. */
class FollowUpForm {

    @NotNull
    @Min(0)
    @Max(1000)
    private @Nullable Integer filledJobs;

    @NotNull
    @Min(0)
    @Max(10000)
    private @Nullable Integer filledHours;

    @Size(max = 1000)
    private String note = "";

    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    public @Nullable Integer getFilledJobs() {
        return filledJobs;
    }

    public void setFilledJobs(@Nullable Integer filledJobs) {
        this.filledJobs = filledJobs;
    }

    public @Nullable Integer getFilledHours() {
        return filledHours;
    }

    public void setFilledHours(@Nullable Integer filledHours) {
        this.filledHours = filledHours;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(@Nullable Set<TargetGroup> targetGroups) {
        this.targetGroups = targetGroups == null ? EnumSet.noneOf(TargetGroup.class) : targetGroups;
    }
}
