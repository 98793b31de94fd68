package dk.jobandel.partnerships.web;

import dk.jobandel.partnerships.Outcome;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Declining a request or closing a course: the outcome (closing only), the reason, the version acted on. */
class ReasonForm {

    private @Nullable Outcome outcome;

    @Size(max = 1000)
    private String reason = "";

    private long version;

    public @Nullable Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(@Nullable Outcome outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
