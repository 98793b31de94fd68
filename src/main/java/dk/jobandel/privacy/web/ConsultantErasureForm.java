package dk.jobandel.privacy.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A consultant's erasure on a member's written request: whom, and the request it answers. */
class ConsultantErasureForm {

    @NotBlank
    @Email
    @Size(max = 200)
    private String email = "";

    @NotBlank
    @Size(max = 500)
    private String reason = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
