package dk.jobandel.testsupport;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Texts by message key, for tests that check that a page shows a text where the wording is not the point: the test
 * names the key and the application's {@link MessageSource} gives the words, so a reworded text breaks no test.
 */
public final class Texts {

    public static final Locale DANISH = Locale.of("da");

    private Texts() {}

    /** The Danish text of {@code key} as a page writes it ({@code th:text} escapes {@code < > & " '}). */
    public static String shown(MessageSource messages, String key, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, DANISH), "UTF-8");
    }

    /** The Danish text of {@code key} up to its first argument ({@code {0}}), as a page writes it. */
    public static String lead(MessageSource messages, String key) {
        String text = messages.getMessage(key, new Object[] {"\u0000"}, DANISH);
        return HtmlUtils.htmlEscape(text.substring(0, text.indexOf('\u0000')), "UTF-8");
    }
}
