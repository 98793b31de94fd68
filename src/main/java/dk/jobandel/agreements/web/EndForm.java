package dk.jobandel.agreements.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Ending an agreement: the last working day, an optional reason, and the version the member saw. */
public class EndForm {

    private long version;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate lastDay;

    @Size(max = 500)
    private String reason = "";

    static EndForm of(long version) {
        var form = new EndForm();
        form.version = version;
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public @Nullable LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(@Nullable LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
