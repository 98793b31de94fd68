package dk.jobandel.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every kind has its texts in Danish and English: the notice, and for mailed kinds the subject and body;
 * no text uses an argument the kind does not give.
 */
class NoticeTextsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Properties load(String name) {
        var properties = new Properties();
        try (InputStream in = NoticeTextsTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void everyKindHasItsTextsInBothLanguages() {
        List<String> problems = new ArrayList<>();
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = load(bundle);
            for (NoticeKind kind : NoticeKind.values()) {
                List<String> keys = kind.mailed()
                        ? List.of(kind.messageKey(), kind.subjectKey(), kind.bodyKey())
                        : List.of(kind.messageKey());
                for (String key : keys) {
                    String text = texts.getProperty(key);
                    if (text == null) {
                        problems.add(bundle + ": " + key + " is missing");
                        continue;
                    }
                    Matcher argument = ARGUMENT.matcher(text);
                    while (argument.find()) {
                        if (Integer.parseInt(argument.group(1)) >= kind.arguments()) {
                            problems.add(bundle + ": " + key + " uses {" + argument.group(1) + "}");
                        }
                    }
                }
            }
            assertThat(texts.getProperty("notice.mail")).as(bundle).contains("{0}", "{1}", "{2}");
        }
        assertThat(problems).isEmpty();
    }
}
