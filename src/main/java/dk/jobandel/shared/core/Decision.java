package dk.jobandel.shared.core;

import org.jspecify.annotations.Nullable;

/**
 * A rule's answer, the one shape every module's {@code core} returns (issue 18). {@link Kind#ALLOWED};
 * {@link Kind#HIDDEN} when the acting person may not know the thing exists (the page reads "not found");
 * {@link Kind#REFUSED} with a code that says why (a message code, or a reason that the module turns into one);
 * {@link Kind#CHANGED} when the thing moved on since the page was loaded.
 *
 * @param code why it was refused; {@code null} unless {@link Kind#REFUSED}
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
