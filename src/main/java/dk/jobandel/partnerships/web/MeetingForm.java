package dk.jobandel.partnerships.web;

import dk.jobandel.partnerships.MeetingDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** A meeting of a guidance course with (at most) one next step. */
class MeetingForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate heldOn;

    @NotBlank
    @Pattern(regexp = "MEETING|PHONE|VIDEO")
    private String mode = "MEETING";

    @NotNull
    @Min(1)
    @Max(1440)
    private @Nullable Integer minutes;

    @NotBlank
    @Size(max = 500)
    private String participants = "";

    @Size(max = 4000)
    private String notes = "";

    @Size(max = 500)
    private String stepDescription = "";

    @Size(max = 200)
    private String stepOwner = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate stepDueOn;

    /** A next step needs all three of what, who and when, or none of them. */
    void checkStep(BindingResult result) {
        boolean any = !stepDescription.isBlank() || !stepOwner.isBlank() || stepDueOn != null;
        if (!any) {
            return;
        }
        if (stepDescription.isBlank()) {
            result.rejectValue("stepDescription", "partnerships.meeting.stepIncomplete");
        }
        if (stepOwner.isBlank()) {
            result.rejectValue("stepOwner", "partnerships.meeting.stepIncomplete");
        }
        if (stepDueOn == null && !result.hasFieldErrors("stepDueOn")) {
            result.rejectValue("stepDueOn", "partnerships.meeting.stepIncomplete");
        }
    }

    MeetingDetails toDetails() {
        if (heldOn == null || minutes == null) {
            throw new IllegalStateException("Validate the form before using it");
        }
        List<MeetingDetails.NextStep> steps = new ArrayList<>();
        if (!stepDescription.isBlank() && stepDueOn != null) {
            steps.add(new MeetingDetails.NextStep(stepDescription, stepOwner, stepDueOn));
        }
        return new MeetingDetails(heldOn, mode, minutes, participants, notes, steps);
    }

    public @Nullable LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(@Nullable LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public @Nullable Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(@Nullable Integer minutes) {
        this.minutes = minutes;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getStepDescription() {
        return stepDescription;
    }

    public void setStepDescription(String stepDescription) {
        this.stepDescription = stepDescription;
    }

    public String getStepOwner() {
        return stepOwner;
    }

    public void setStepOwner(String stepOwner) {
        this.stepOwner = stepOwner;
    }

    public @Nullable LocalDate getStepDueOn() {
        return stepDueOn;
    }

    public void setStepDueOn(@Nullable LocalDate stepDueOn) {
        this.stepDueOn = stepDueOn;
    }
}
