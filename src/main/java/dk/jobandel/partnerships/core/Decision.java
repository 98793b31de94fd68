package dk.jobandel.partnerships.core;

import org.jspecify.annotations.Nullable;

/** A rule's answer: allowed, or refused with a reason code (message {@code partnerships.refused.<reason>}). */
public record Decision(@Nullable String refusal) {

    public static final Decision ALLOWED = new Decision(null);

    public static Decision refused(String reason) {
        return new Decision(reason);
    }

    public boolean allowed() {
        return refusal == null;
    }
}
