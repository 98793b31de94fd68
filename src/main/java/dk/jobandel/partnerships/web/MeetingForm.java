package dk.jobandel.partnerships.web;

import dk.jobandel.partnerships.MeetingDetails;
import jakarta.validation.Valid;
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

/** A meeting of a guidance course with its next steps (three rows at first, at most ten). */
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

    @Valid
    private List<StepRow> steps = blankRows(ROWS);

    /** Rows the form shows at first; "one more row" adds one, up to {@link #MOST_ROWS}. */
    static final int ROWS = 3;

    static final int MOST_ROWS = 10;

    /** One next step: what, who and by when. */
    public static class StepRow {

        @Size(max = 500)
        private String description = "";

        @Size(max = 200)
        private String owner = "";

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate dueOn;

        boolean blank() {
            return description.isBlank() && owner.isBlank() && dueOn == null;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public @Nullable LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(@Nullable LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

    static List<StepRow> blankRows(int count) {
        List<StepRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new StepRow());
        }
        return rows;
    }

    /** Adds a blank row when there is room; false when the form already has the most rows. */
    boolean addRow() {
        if (steps.size() >= MOST_ROWS) {
            return false;
        }
        steps.add(new StepRow());
        return true;
    }

    /** A next step needs all three of what, who and when, or none of them; at most {@link #MOST_ROWS} steps. */
    void checkSteps(BindingResult result) {
        if (steps.size() > MOST_ROWS) {
            result.rejectValue("steps", "partnerships.meeting.tooManySteps", new Object[] {MOST_ROWS}, null);
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            StepRow step = steps.get(i);
            if (step == null || step.blank()) {
                continue;
            }
            String row = "steps[" + i + "].";
            if (step.description.isBlank()) {
                result.rejectValue(row + "description", "partnerships.meeting.stepIncomplete");
            }
            if (step.owner.isBlank()) {
                result.rejectValue(row + "owner", "partnerships.meeting.stepIncomplete");
            }
            if (step.dueOn == null && !result.hasFieldErrors(row + "dueOn")) {
                result.rejectValue(row + "dueOn", "partnerships.meeting.stepIncomplete");
            }
        }
    }

    MeetingDetails toDetails() {
        if (heldOn == null || minutes == null) {
            throw new IllegalStateException("Validate the form before using it");
        }
        List<MeetingDetails.NextStep> next = new ArrayList<>();
        for (StepRow step : steps) {
            if (step != null && !step.description.isBlank() && step.dueOn != null) {
                next.add(new MeetingDetails.NextStep(step.description, step.owner, step.dueOn));
            }
        }
        return new MeetingDetails(heldOn, mode, minutes, participants, notes, next);
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

    public List<StepRow> getSteps() {
        return steps;
    }

    public void setSteps(@Nullable List<StepRow> steps) {
        this.steps = steps == null ? blankRows(ROWS) : steps;
    }
}
