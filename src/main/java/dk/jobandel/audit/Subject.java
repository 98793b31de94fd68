package dk.jobandel.audit;

import java.util.Objects;

/**
 * The thing whose state changed: a type such as {@code "AGREEMENT"} (capitals and underscores; it is also the middle
 * of the state's message key, see {@link TimelineEntry}) and the id it has in its own table.
 */
public record Subject(String type, long id) {

    public Subject {
        Objects.requireNonNull(type, "type");
        if (!type.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("A subject type is written in capitals, such as AGREEMENT: " + type);
        }
    }
}
