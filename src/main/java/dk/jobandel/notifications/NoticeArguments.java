package dk.jobandel.notifications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A notice's arguments as stored ({@code jsonb} array) and as handed to the message texts. They are
 * kept as data, not as finished text, so the notification centre shows each notice in the language the
 * reader uses today. Dates are stored as {@code {"date": "2026-05-12"}} and written out per language.
 */
final class NoticeArguments {

    private static final String DATE = "date";

    private NoticeArguments() {}

    /** Refuses what cannot be stored and read back as it was: only strings, numbers and dates. */
    static String toJson(JsonMapper json, List<?> arguments) {
        List<Object> stored = new ArrayList<>(arguments.size());
        for (Object argument : arguments) {
            stored.add(
                    switch (argument) {
                        case String s -> s;
                        case Integer i -> i;
                        case Long l -> l;
                        case Short s -> s;
                        case BigDecimal d -> d;
                        case Double d -> d;
                        case LocalDate date -> Map.of(DATE, date.toString());
                        case null -> throw new IllegalArgumentException("A notice argument is null");
                        default ->
                            throw new IllegalArgumentException("A notice argument must be a string, a number or a "
                                    + "LocalDate, not " + argument.getClass().getName());
                    });
        }
        return json.writeValueAsString(stored);
    }

    /** The stored arguments ready for a message text in this language. */
    static Object[] forText(JsonMapper json, String stored, Locale language) {
        List<?> arguments = json.readValue(stored, List.class);
        var formatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        return arguments.stream()
                .map(argument -> argument instanceof Map<?, ?> map && map.get(DATE) instanceof String date
                        ? LocalDate.parse(date).format(formatter)
                        : argument)
                .toArray();
    }

    /** The arguments as given, ready for a message text in this language (no round trip through JSON). */
    static Object[] forText(List<?> arguments, Locale language) {
        var formatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        return arguments.stream()
                .map(argument -> argument instanceof LocalDate date ? date.format(formatter) : argument)
                .toArray();
    }
}
