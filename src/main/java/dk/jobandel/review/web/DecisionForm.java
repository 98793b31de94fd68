package dk.jobandel.review.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consultant's decision on a proposal: the version they saw, a reason (required to reject), and for a
 * team the split of the slots, one text per member, as {@code "man 08:00–12:00, tir 08:00–12:00"}.
 */
public class DecisionForm {

    @NotNull
    private @Nullable Long version;

    @Size(max = 2000, message = "{review.reason.tooLong}")
    private String reason = "";

    private List<String> split = new ArrayList<>();

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason == null ? "" : reason;
    }

    public List<String> getSplit() {
        return split;
    }

    public void setSplit(@Nullable List<String> split) {
        this.split = split == null ? new ArrayList<>() : new ArrayList<>(split);
    }
}
