package dk.jobandel.impact.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** What a freelancer states for impact statistics, and their consent to it. */
public class ImpactConsentForm {

    @NotBlank(message = "{impact.consent.gender.required}")
    private String gender = "";

    @NotNull(message = "{impact.consent.birthYear.required}")
    private @Nullable Integer birthYear;

    @NotBlank(message = "{impact.consent.situation.required}")
    private String situation = "";

    @AssertTrue(message = "{impact.consent.agree.required}")
    private boolean agree;

    private @Nullable Long version;

    public String getGender() {
        return gender;
    }

    public void setGender(@Nullable String gender) {
        this.gender = gender == null ? "" : gender.strip();
    }

    public @Nullable Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(@Nullable Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(@Nullable String situation) {
        this.situation = situation == null ? "" : situation.strip();
    }

    public boolean isAgree() {
        return agree;
    }

    public void setAgree(boolean agree) {
        this.agree = agree;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
