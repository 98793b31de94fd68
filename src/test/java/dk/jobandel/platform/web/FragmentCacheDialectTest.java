package dk.jobandel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** A kept fragment shows what its data showed, and nothing older than its data or its time. */
class FragmentCacheDialectTest {

    record Row(String name, List<String> skills) {}

    /** Counts its renderings, so that a page shows whether it was rendered again or kept. */
    public static final class Renderings {

        private final AtomicInteger count = new AtomicInteger();

        public int next() {
            return count.incrementAndGet();
        }
    }

    /** Compared by identity: a key of it could never be found again. */
    public static final class Unequal {}

    /** A record is compared by its components: this one's by identity. */
    record Holding(String name, Unequal unequal) {}

    private static final String ROWS = "<table><tbody cache:key=\"${rows}\" class=\"rows\">"
            + "<tr th:each=\"r : ${rows}\"><td th:text=\"${r.name()}\">n</td>"
            + "<td><span th:each=\"s : ${r.skills()}\" th:text=\"${s}\">s</span></td>"
            + "<td th:text=\"${renderings.next()}\">1</td></tr></tbody></table>";

    private final StaticApplicationContext application = new StaticApplicationContext();
    private final AtomicLong nanos = new AtomicLong();
    private final Renderings renderings = new Renderings();
    private SpringTemplateEngine engine;

    @BeforeEach
    void engine() {
        application.refresh();
        var resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new FragmentCacheDialect(nanos::get));
    }

    @AfterEach
    void close() {
        application.close();
    }

    private String render(String template, Locale locale, Map<String, Object> variables) {
        var all = new HashMap<>(variables);
        all.put("renderings", renderings);
        all.put(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return engine.process(template, new Context(locale, all));
    }

    private String rows(List<Row> rows) {
        return render(ROWS, Locale.ROOT, Map.of("rows", rows));
    }

    @Test
    void theSameRowsShowWhatTheyShowedTheFirstTimeWithoutBeingRenderedAgain() {
        var rows = List.of(new Row("Ada", List.of("Bogføring", "Løn")), new Row("Bo <b>", List.of()));

        String first = rows(rows);
        String again = rows(List.of(new Row("Ada", List.of("Bogføring", "Løn")), new Row("Bo <b>", List.of())));

        assertThat(first)
                .isEqualTo("<table><tbody class=\"rows\">"
                        + "<tr><td>Ada</td><td><span>Bogføring</span><span>Løn</span></td><td>1</td></tr>"
                        + "<tr><td>Bo &lt;b&gt;</td><td></td><td>2</td></tr></tbody></table>");
        assertThat(again).isEqualTo(first);
        assertThat(renderings.next()).as("renderings so far, and this one").isEqualTo(3);
    }

    @Test
    void aChangedRowIsRenderedAgain() {
        rows(List.of(new Row("Ada", List.of("Løn"))));

        String changed = rows(List.of(new Row("Ada", List.of("Pleje"))));

        assertThat(changed).contains("<span>Pleje</span>").doesNotContain("Løn").contains("<td>2</td>");
    }

    @Test
    void eachLanguageHasItsOwn() {
        String template = "<p cache:key=\"${rows}\" th:text=\"${#locale.language} + ' ' + ${renderings.next()}\">x</p>";
        var rows = List.of(new Row("Ada", List.of()));

        String danish = render(template, Locale.forLanguageTag("da"), Map.of("rows", rows));
        String english = render(template, Locale.ENGLISH, Map.of("rows", rows));

        assertThat(danish).isEqualTo("<p>da 1</p>");
        assertThat(english).isEqualTo("<p>en 2</p>");
        assertThat(render(template, Locale.forLanguageTag("da"), Map.of("rows", rows)))
                .isEqualTo(danish);
    }

    @Test
    void twoPlacesWithTheSameKeyKeepTheirOwn() {
        String template = "<p cache:key=\"${rows}\" th:text=\"'first ' + ${renderings.next()}\">x</p>"
                + "<p cache:key=\"${rows}\" th:text=\"'second ' + ${renderings.next()}\">x</p>";
        var rows = List.of(new Row("Ada", List.of()));

        assertThat(render(template, Locale.ROOT, Map.of("rows", rows))).isEqualTo("<p>first 1</p><p>second 2</p>");
        assertThat(render(template, Locale.ROOT, Map.of("rows", rows))).isEqualTo("<p>first 1</p><p>second 2</p>");
    }

    @Test
    void theElementSeesTheVariablesAroundIt() {
        String template = "<div th:each=\"group : ${groups}\"><ul cache:key=\"${group}\">"
                + "<li th:each=\"r : ${group}\" th:text=\"${r.name()} + ' of ' + ${title}\">n</li></ul></div>";
        var groups = List.of(List.of(new Row("Ada", List.of())), List.of(new Row("Bo", List.of())));

        String page = render(template, Locale.ROOT, Map.of("groups", groups, "title", "Jobandel"));

        assertThat(page)
                .isEqualTo("<div><ul><li>Ada of Jobandel</li></ul></div><div><ul><li>Bo of Jobandel</li></ul></div>");
    }

    @Test
    void keptRowsAreRenderedAgainAfterTenMinutes() {
        var rows = List.of(new Row("Ada", List.of()));
        rows(rows);

        nanos.addAndGet(
                Duration.ofMinutes(FragmentCacheDialect.MINUTES).minusSeconds(1).toNanos());
        assertThat(rows(rows)).contains("<td>1</td>");
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(rows(rows)).contains("<td>2</td>");
    }

    @Test
    void aKeyComparedByIdentityIsRefused() {
        assertThatThrownBy(() -> render(ROWS, Locale.ROOT, Map.of("rows", List.of(new Unequal()))))
                .isInstanceOf(TemplateProcessingException.class)
                .hasStackTraceContaining("must be a value compared by value");
        assertThatThrownBy(() -> render(ROWS, Locale.ROOT, Map.of("rows", new Unequal())))
                .isInstanceOf(TemplateProcessingException.class)
                .hasStackTraceContaining("not " + Unequal.class.getName());
        assertThatThrownBy(() -> render(ROWS, Locale.ROOT, Map.of("rows", List.of(new Holding("Ada", new Unequal())))))
                .isInstanceOf(TemplateProcessingException.class)
                .hasStackTraceContaining("must be a value compared by value");
    }
}
