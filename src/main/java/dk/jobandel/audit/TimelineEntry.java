package dk.jobandel.audit;

import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One state change as a page shows it. {@code at} is Danish wall-clock time (Europe/Copenhagen). States are shown
 * through the message key {@code state.<subject type>.<state>}, e.g. {@code state.AGREEMENT.ENDED}: a module that
 * records states adds those keys in Danish and English.
 *
 * @param fromState {@code null} when the subject came into being with this change
 * @param actorName the acting member's display name; {@code null} when the system acted (or the account is erased)
 * @param reason what the actor wrote, or {@code null}
 */
public record TimelineEntry(
        Subject subject,
        @Nullable String fromState,
        String toState,
        @Nullable Long actorId,
        @Nullable String actorName,
        @Nullable String reason,
        ZonedDateTime at) {

    /** The message key of the state before the change, or {@code null} for a creation. */
    public @Nullable String fromKey() {
        return fromState == null ? null : key(fromState);
    }

    /** The message key of the state after the change. */
    public String toKey() {
        return key(toState);
    }

    /** Whether the system, not a person, made the change. */
    public boolean bySystem() {
        return actorName == null;
    }

    private String key(String state) {
        return "state." + subject.type() + "." + state;
    }
}
