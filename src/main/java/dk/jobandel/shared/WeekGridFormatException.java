package dk.jobandel.shared;

import java.io.Serial;
import java.util.Arrays;

/**
 * Text that does not describe a {@link WeekGrid}. Carries a message code and its arguments so that a form can tell
 * the person what to fix in their own language ({@code weekgrid.error.*} in {@code messages.properties});
 * {@link #getMessage()} is plain English for logs.
 */
public final class WeekGridFormatException extends IllegalArgumentException {

    /** Argument: the day as written. */
    public static final String UNKNOWN_DAY = "weekgrid.error.unknownDay";
    /** Argument: the time as written. */
    public static final String BAD_TIME = "weekgrid.error.badTime";
    /** Argument: the time as written. */
    public static final String NOT_ON_HALF_HOUR = "weekgrid.error.notOnHalfHour";
    /** Arguments: the start and the end, as {@code "12:00"} and {@code "08:00"}. */
    public static final String END_BEFORE_START = "weekgrid.error.endBeforeStart";
    /** Arguments: the earlier range and the one that overlaps it, as {@code "08:00–12:00"}. */
    public static final String OVERLAP = "weekgrid.error.overlap";
    /** Argument: the entry that could not be read. */
    public static final String MALFORMED = "weekgrid.error.malformed";

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageCode;
    private final String[] arguments;

    private WeekGridFormatException(String messageCode, String message, String... arguments) {
        super(message);
        this.messageCode = messageCode;
        this.arguments = arguments;
    }

    static WeekGridFormatException unknownDay(String day) {
        return new WeekGridFormatException(
                UNKNOWN_DAY, "Unknown day \"" + day + "\"; write for example mon or man", day);
    }

    static WeekGridFormatException badTime(String time) {
        return new WeekGridFormatException(
                BAD_TIME, "\"" + time + "\" is not a time of day; write for example 8, 08:00 or 24:00", time);
    }

    static WeekGridFormatException notOnHalfHour(String time) {
        return new WeekGridFormatException(
                NOT_ON_HALF_HOUR, "The time " + time + " is not on the hour or the half hour", time);
    }

    static WeekGridFormatException endBeforeStart(String from, String to) {
        return new WeekGridFormatException(
                END_BEFORE_START, "The range from " + from + " to " + to + " does not end after it starts", from, to);
    }

    static WeekGridFormatException overlap(String earlier, String later) {
        return new WeekGridFormatException(
                OVERLAP, "The ranges " + earlier + " and " + later + " overlap", earlier, later);
    }

    static WeekGridFormatException malformed(String entry) {
        return new WeekGridFormatException(
                MALFORMED, "Cannot read \"" + entry + "\"; write for example mon 08:00\u201312:00", entry);
    }

    /** The key of the message for people, one of the constants of this class. */
    public String messageCode() {
        return messageCode;
    }

    /** The arguments of the message, all strings. */
    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length, Object[].class);
    }
}
