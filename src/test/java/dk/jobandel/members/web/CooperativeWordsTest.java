package dk.jobandel.members.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A cooperative is "I" on its own pages (the organisation, not the staff member at the keyboard): its texts never say
 * "du", "din", "dit", "dine" or "dig". And a flash never promises what the page below it says has already happened.
 */
class CooperativeWordsTest {

    /** The texts only a cooperative's staff read about their organisation. */
    private static final List<String> COOPERATIVE_PREFIXES = List.of(
            "role.waiting.",
            "role.confirm.",
            "dashboard.roles.",
            "dashboard.cooperative.",
            "dashboard.agreements.emptyOrganisation");

    private static final Pattern SINGULAR_YOU = Pattern.compile("(?iu)(?<![\\p{L}])(du|din|dit|dine|dig)(?![\\p{L}])");

    private static Properties danish() {
        var properties = new Properties();
        try (InputStream in = CooperativeWordsTest.class.getResourceAsStream("/messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void aCooperativesPagesCallItI() {
        Properties texts = danish();
        List<String> singular = texts.stringPropertyNames().stream()
                .filter(key -> key.endsWith(".organisation")
                        || COOPERATIVE_PREFIXES.stream().anyMatch(key::startsWith))
                .filter(key -> SINGULAR_YOU.matcher(texts.getProperty(key)).find())
                .sorted()
                .map(key -> key + "=" + texts.getProperty(key))
                .toList();
        assertThat(singular).as("cooperative texts that say du/din/dig").isEmpty();
    }

    @Test
    void theWordCheckFindsTheMistakeItLooksFor() {
        assertThat(SINGULAR_YOU.matcher("Du har sagt ja.").find()).isTrue();
        assertThat(SINGULAR_YOU.matcher("Tilbage til dine tilbud").find()).isTrue();
        assertThat(SINGULAR_YOU
                        .matcher("I har sagt ja; dunkel, indtil, dignitet")
                        .find())
                .isFalse();
    }

    @Test
    void theFlashAfterTheLastYesDoesNotPromiseTheAgreementForLater() {
        Properties texts = danish();
        assertThat(texts.getProperty("offer.acceptedLast")).doesNotContain("Når alle");
        assertThat(texts.getProperty("offer.acceptedLast")).contains("aftalen er lavet");
    }
}
