package dk.jobandel.procurement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A supplier's interest: a few words on why it fits. */
class InterestForm {

    @NotBlank
    @Size(max = 2000)
    private String note = "";

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
