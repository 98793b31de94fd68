package dk.jobandel.agreements.core;

import org.jspecify.annotations.Nullable;

/**
 * A rule's answer. {@link Kind#ALLOWED}; {@link Kind#HIDDEN} when the acting person may not know the agreement exists
 * (the page reads "not found"); {@link Kind#REFUSED} with a message code that says why; {@link Kind#CHANGED} when the
 * agreement moved on since the page was loaded.
 */
public record Decision(Kind kind, @Nullable String code) {

    public enum Kind {
        ALLOWED,
        HIDDEN,
        REFUSED,
        CHANGED
    }

    public static final Decision ALLOWED = new Decision(Kind.ALLOWED, null);
    public static final Decision HIDDEN = new Decision(Kind.HIDDEN, null);
    public static final Decision CHANGED = new Decision(Kind.CHANGED, null);

    public static Decision refused(String code) {
        return new Decision(Kind.REFUSED, code);
    }

    public boolean allowed() {
        return kind == Kind.ALLOWED;
    }
}
