package dk.jobandel.procurement.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A dialogue note on a contract's follow-up, with a penalty if one is decided. */
class DialogueForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate heldOn;

    @NotBlank
    @Size(max = 4000)
    private String note = "";

    @Min(1)
    @Max(1_000_000_000)
    private @Nullable Long penaltyDkk;

    public @Nullable LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(@Nullable LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public @Nullable Long getPenaltyDkk() {
        return penaltyDkk;
    }

    public void setPenaltyDkk(@Nullable Long penaltyDkk) {
        this.penaltyDkk = penaltyDkk;
    }
}
