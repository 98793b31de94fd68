package dk.jobandel.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.jobandel.matching.MatchingRuns;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The class of mistake "8.00/185.00 on a Danish page" or "17,5 hours beside 17.5 hours on an English page": renders
 * the pages that show numbers, with the demo data, in both languages and scans the text a reader sees (and the values
 * of the form fields) for a number written the other language's way.
 */
@ApplicationTest
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NumberFormatsIntegrationTest {

    /** "185.00", "8.5", "18.113" grouped the Danish way on an English page is caught by the other pattern. */
    static final Pattern ENGLISH_DECIMAL = Pattern.compile("(?<![\\d.,:/-])\\d{1,3}(?:,\\d{3})*\\.\\d{1,2}(?![\\d.])");

    static final Pattern DANISH_DECIMAL = Pattern.compile("(?<![\\d.,:/-])\\d{1,3}(?:\\.\\d{3})*,\\d{1,2}(?![\\d,])");

    static final Pattern DANISH_GROUPING = Pattern.compile("(?<![\\d.,:/-])\\d{1,3}(?:\\.\\d{3})+,\\d{1,2}(?![\\d,])");

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    MatchingRuns matching;

    @Value("${jobandel.demo.password}")
    String password;

    MockHttpSession consultant;
    MockHttpSession cooperative;
    MockHttpSession freelancer;

    @BeforeAll
    void signIn() throws Exception {
        matching.runAll(MatchingRuns.Trigger.MANUAL, null);
        var sessions = new Sessions(mvc, registration, organisations);
        consultant = sessions.login(DemoData.CONSULTANTS.getFirst().email(), password);
        cooperative = sessions.login(DemoData.COOPERATIVES.getFirst().staffEmail(), password);
        freelancer = sessions.login(DemoData.FREELANCER_LOGIN, password);
    }

    String page(MockHttpSession session, String path, String language) throws Exception {
        var response = mvc.perform(get(path).session(session).cookie(new Cookie("JOBANDEL_LANG", language)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /**
     * What a reader sees: the text between tags and the values typed in the form fields, without scripts. Quotations
     * marked as Danish ({@code lang="da"}, such as a law's own words) keep their Danish numbers on English pages.
     */
    static String readable(String html, String language) {
        String noScripts = html.replaceAll("(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ");
        if (!language.equals("da")) {
            noScripts = noScripts.replaceAll("(?s)<(q|span|blockquote)\\s[^>]*lang=\"da\"[^>]*>.*?</\\1>", " ");
        }
        StringBuilder text = new StringBuilder();
        Matcher values = Pattern.compile("<input[^>]*\\svalue=\"([^\"]*)\"").matcher(noScripts);
        while (values.find()) {
            text.append(' ').append(values.group(1));
        }
        text.append(' ').append(noScripts.replaceAll("(?s)<[^>]*>", " "));
        return text.toString().replace("&nbsp;", " ");
    }

    static List<String> links(String html, String pattern, int max) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = Pattern.compile("href=\"(" + pattern + ")\"").matcher(html);
        while (m.find() && found.size() < max) {
            found.add(m.group(1));
        }
        return List.copyOf(found);
    }

    List<String> mistakes(MockHttpSession session, List<String> paths) throws Exception {
        List<String> mistakes = new ArrayList<>();
        for (String path : paths) {
            String danish = readable(page(session, path, "da"), "da");
            String english = readable(page(session, path, "en"), "en");
            collect(mistakes, "da " + path, ENGLISH_DECIMAL, danish);
            collect(mistakes, "en " + path, DANISH_DECIMAL, english);
            collect(mistakes, "en " + path, DANISH_GROUPING, english);
        }
        return mistakes;
    }

    static void collect(List<String> mistakes, String where, Pattern wrong, String text) {
        Matcher m = wrong.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            int to = Math.min(text.length(), m.end() + 20);
            mistakes.add(where + ": …" + text.substring(from, to).replaceAll("\\s+", " ") + "…");
        }
    }

    @Test
    void thePatternsFindTheMistakeTheyAreFor() {
        assertThat(DANISH_DECIMAL.matcher("17,5 hours").find()).isTrue();
        assertThat(DANISH_DECIMAL.matcher("18.113,33 kr.").find()).isTrue();
        assertThat(DANISH_DECIMAL.matcher("1,234 people").find()).isFalse();
        assertThat(ENGLISH_DECIMAL.matcher("8.00/185.00").find()).isTrue();
        assertThat(ENGLISH_DECIMAL.matcher("man 08:00–12:00, 06-12-2026").find())
                .isFalse();
    }

    @Test
    void consultantPagesWriteNumbersInThePagesLanguage() throws Exception {
        List<String> paths = new ArrayList<>(List.of(
                "/consultant/freelancers",
                "/consultant/roles",
                "/consultant/matching",
                "/consultant/review",
                "/pools"));
        paths.addAll(links(page(consultant, "/pools", "da"), "/pools/\\d+", 2));
        paths.addAll(links(page(consultant, "/consultant/freelancers", "da"), "/consultant/freelancers/\\d+", 2));
        paths.addAll(links(page(consultant, "/consultant/roles", "da"), "/consultant/roles/\\d+", 2));
        assertThat(mistakes(consultant, paths)).isEmpty();
    }

    @Test
    void cooperativePagesWriteNumbersInThePagesLanguage() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/roles", "/offers", "/pools"));
        String pools = page(cooperative, "/pools", "da");
        paths.addAll(links(pools, "/pools/\\d+", 2));
        for (String pool : links(pools, "/pools/\\d+", 2)) {
            paths.addAll(links(page(cooperative, pool, "da"), "/pools/\\d+/needs", 1));
        }
        paths.addAll(links(page(cooperative, "/roles", "da"), "/roles/\\d+", 3));
        paths.addAll(links(page(cooperative, "/offers", "da"), "/agreements/\\d+", 2));
        assertThat(mistakes(cooperative, paths)).isEmpty();
    }

    @Test
    void freelancerPagesWriteNumbersInThePagesLanguage() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/profile", "/offers"));
        paths.addAll(links(page(freelancer, "/offers", "da"), "/agreements/\\d+", 2));
        assertThat(mistakes(freelancer, paths)).isEmpty();
    }
}
