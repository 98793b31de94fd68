package dk.jobandel.procurement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A meeting's minutes, on the version read. */
class MinutesForm {

    private long version;

    @NotBlank
    @Size(max = 20000)
    private String minutes = "";

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }
}
