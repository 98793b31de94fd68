package dk.jobandel.privacy.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The confirmation of erasing one's own account: the password, the second factor if any, and a tick. */
class ErasureForm {

    @NotBlank
    @Size(max = 200)
    private String password = "";

    @Size(max = 20)
    private String code = "";

    @AssertTrue(message = "{privacy.erase.confirm.required}")
    private boolean confirm;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isConfirm() {
        return confirm;
    }

    public void setConfirm(boolean confirm) {
        this.confirm = confirm;
    }
}
