package dk.jobandel.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The classes of wrong words issue 20 found on the review and matching pages, checked over every text those pages
 * use: words that assume a team of two, distances of "0 km", and the matching run's jargon.
 */
class ReviewDeskWordsTest {

    /** The texts of the review desk and of matching's pages and explanations. */
    static final List<String> PREFIXES = List.of("review.", "matching.", "explain.", "portfolio.");

    private static Properties load(String name) {
        var properties = new Properties();
        try (InputStream in = ReviewDeskWordsTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> matching(Pattern wrong) {
        Set<String> found = new TreeSet<>();
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                if (PREFIXES.stream().anyMatch(key::startsWith)
                        && wrong.matcher(texts.getProperty(key)).find()) {
                    found.add(file + ": " + key + "=" + texts.getProperty(key));
                }
            }
        }
        return found;
    }

    @Test
    void noTextAssumesATeamOfTwo() {
        // a team has up to three people: "both" is wrong for three
        assertThat(matching(Pattern.compile("(?i)\\b(begge|both)\\b"))).isEmpty();
    }

    @Test
    void noTextShowsTheMatchingRunsJargon() {
        // consultants decide on people, not on algorithms or timings (the runs table's duration column, a measure
        // for whoever looks after the runs, keeps its milliseconds)
        assertThat(matching(Pattern.compile("(?i)grådig|greedy|\\{\\d[^}]*\\} ?ms\\b|heuristi|solver")))
                .allSatisfy(found -> assertThat(found).contains("matching.runs.ms="));
    }

    @Test
    void distancesOfZeroAreSaidAsTheSameMunicipality() {
        assertThat(matching(Pattern.compile("\\b0 km"))).isEmpty();
        Properties danish = load("messages.properties");
        assertThat(danish.getProperty("review.people.sameMunicipality")).isEqualTo("samme kommune");
        assertThat(danish.getProperty("explain.distance.same")).contains("samme kommune");
    }
}
