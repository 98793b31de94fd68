package dk.jobandel.review.core;

import org.jspecify.annotations.Nullable;

/**
 * A rule's answer. {@link Kind#ALLOWED}; {@link Kind#HIDDEN} when the acting person may not know the thing exists
 * (the page reads "not found"); {@link Kind#REFUSED} with a message code that says why, when the state of things does
 * not allow it (an offer already answered, changed since the page was loaded, or past its time).
 */
public record Decision(Kind kind, @Nullable String code) {

    public enum Kind {
        ALLOWED,
        HIDDEN,
        REFUSED
    }

    public static final Decision ALLOWED = new Decision(Kind.ALLOWED, null);
    public static final Decision HIDDEN = new Decision(Kind.HIDDEN, null);

    public static Decision refused(String code) {
        return new Decision(Kind.REFUSED, code);
    }

    public boolean allowed() {
        return kind == Kind.ALLOWED;
    }
}
