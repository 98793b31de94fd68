package dk.jobandel.partnerships.core;

import java.util.List;

/**
 * One criterion of a score, as data a page turns into words: message {@code partnerships.criterion.<code>} with the
 * arguments, and the points earned out of the most possible.
 */
public record Criterion(Code code, double points, double max, List<Object> arguments) {

    public Criterion {
        arguments = List.copyOf(arguments);
    }

    public enum Code {
        // hard rules, which refuse a match (max 0)
        SERVICE_NOT_OFFERED,
        AREA_NOT_SERVED,
        CAPACITY_TOO_SMALL,
        PEOPLE_TOO_FEW,
        // soft criteria
        CAPACITY_MARGIN,
        CAPACITY_UNKNOWN,
        DISTANCE,
        TARGET_GROUPS,
        TARGET_GROUPS_ANY,
        RSV_CHECKED,
        RSV_DECLARED,
        RSV_NONE,
        EXPERIENCE
    }

    public String messageKey() {
        return "partnerships.criterion." + code.name();
    }
}
