package dk.jobandel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Danish and in English, and every literal message key a template uses exists. */
class MessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");

    private static Properties load(String name) {
        var properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void danishAndEnglishHaveTheSameKeys() {
        Set<String> danish = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(english).as("keys only in Danish").containsAll(danish);
        assertThat(danish).as("keys only in English").containsAll(english);
    }

    /**
     * A text with arguments goes through {@code MessageFormat}, where a single apostrophe starts a quote and swallows
     * the arguments after it ("the pool's {0}" shows "the pools {0}"); such texts must write it twice.
     */
    @Test
    void textsWithArgumentsDoubleTheirApostrophes() {
        Pattern argument = Pattern.compile("\\{[0-9]");
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        Set<String> broken = new TreeSet<>();
        for (String file : Set.of("messages.properties", "messages_en.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (argument.matcher(text).find() && lone.matcher(text).find()) {
                    broken.add(file + ": " + key);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyLiteralKeyInATemplateExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
