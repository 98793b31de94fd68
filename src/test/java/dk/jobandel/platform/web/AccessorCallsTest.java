package dk.jobandel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** Templates render the same with the cheaper accessor calls, and Thymeleaf's restrictions still hold. */
class AccessorCallsTest {

    /** Package-private, as the pages' row records are: its accessors are called through reflection. */
    record Row(String name, List<String> skills, Object anything) {

        String secret() {
            return "not public";
        }

        public String failing() {
            throw new IllegalStateException("the row cannot say");
        }

        public String greeting(String whom) {
            return "hello " + whom;
        }
    }

    private final StaticApplicationContext application = new StaticApplicationContext();
    private SpringTemplateEngine engine;

    @BeforeEach
    void engine() {
        application.refresh();
        var resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        AccessorCalls.installIn(engine);
    }

    @AfterEach
    void close() {
        application.close();
    }

    /** As Spring MVC's Thymeleaf view does: a new evaluation context for each page. */
    private String render(String template, Map<String, Object> variables) {
        var all = new HashMap<>(variables);
        all.put(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return engine.process(template, new Context(Locale.ROOT, all));
    }

    @Test
    void rowsRenderTheirAccessorsTheSameOnEveryPage() {
        var rows = List.of(
                new Row("Ada", List.of("Bogføring", "Løn"), 3),
                new Row("Bo <b>", List.of(), "text"),
                new Row("Cy", List.of("Pleje"), List.of(1, 2)));
        String template = "<p th:each=\"r : ${rows}\"><b th:text=\"${r.name()}\">n</b>"
                + "<i th:text=\"${r.skills().isEmpty()} ? 'none' : ${r.skills().size()}\">s</i>"
                + "<u th:text=\"${r.anything()}\">a</u></p>";

        for (int page = 0; page < 3; page++) {
            assertThat(render(template, Map.of("rows", rows)))
                    .isEqualTo("<p><b>Ada</b><i>2</i><u>3</u></p>"
                            + "<p><b>Bo &lt;b&gt;</b><i>none</i><u>text</u></p>"
                            + "<p><b>Cy</b><i>1</i><u>[1, 2]</u></p>");
        }
    }

    @Test
    void theResolverIsPutInOnceAndAccessorsGetTheCheaperExecutor() throws Exception {
        var evaluation = new ThymeleafEvaluationContext(application, null);
        AccessorCalls.install(evaluation);
        AccessorCalls.install(evaluation);

        assertThat(evaluation.getMethodResolvers()).singleElement().isInstanceOf(AccessorCalls.AccessorResolver.class);
        var resolver = evaluation.getMethodResolvers().getFirst();
        var row = new Row("Ada", List.of(), 1);
        assertThat(resolver.resolve(evaluation, row, "name", List.of()))
                .isInstanceOf(AccessorCalls.AccessorExecutor.class);
        assertThat(resolver.resolve(evaluation, List.of("a"), "isEmpty", List.of()))
                .isInstanceOf(AccessorCalls.AccessorExecutor.class);
        assertThat(resolver.resolve(
                        evaluation,
                        row,
                        "greeting",
                        List.of(org.springframework.core.convert.TypeDescriptor.valueOf(String.class))))
                .isNotInstanceOf(AccessorCalls.AccessorExecutor.class);
        assertThat(resolver.resolve(evaluation, row, "missing", List.of())).isNull();
    }

    @Test
    void aParsedExpressionKeepsItsExecutorSoTheResolversAreAskedOnce() {
        var asked = new java.util.concurrent.atomic.AtomicInteger();
        var counting = new org.springframework.expression.spel.support.ReflectiveMethodResolver() {
            @Override
            public org.springframework.expression.MethodExecutor resolve(
                    org.springframework.expression.EvaluationContext context,
                    Object target,
                    String name,
                    List<org.springframework.core.convert.TypeDescriptor> argumentTypes)
                    throws org.springframework.expression.AccessException {
                asked.incrementAndGet();
                return super.resolve(context, target, name, argumentTypes);
            }
        };
        var expression =
                new org.springframework.expression.spel.standard.SpelExpressionParser().parseExpression("name()");

        for (String name : List.of("Ada", "Bo", "Cy")) {
            var evaluation = new org.springframework.expression.spel.support.StandardEvaluationContext();
            evaluation.setMethodResolvers(List.of(counting));
            AccessorCalls.install(evaluation);
            assertThat(expression.getValue(evaluation, new Row(name, List.of(), 1)))
                    .isEqualTo(name);
        }
        assertThat(asked).hasValue(1);
    }

    @Test
    void methodsWithArgumentsStillWork() {
        assertThat(render("<p th:text=\"${r.greeting('Bo')}\">g</p>", Map.of("r", new Row("Ada", List.of(), 1))))
                .isEqualTo("<p>hello Bo</p>");
    }

    @Test
    void anAccessorThatFailsFailsThePageWithItsOwnException() {
        assertThatThrownBy(() ->
                        render("<p th:text=\"${r.failing()}\">f</p>", Map.of("r", new Row("Ada", List.of(), 1))))
                .isInstanceOf(TemplateProcessingException.class)
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the row cannot say");
    }

    @Test
    void methodsThatAreNotPublicOrThatThymeleafForbidsStayOutOfReach() {
        var row = new Row("Ada", List.of(), new Thread());
        assertThatThrownBy(() -> render("<p th:text=\"${r.secret()}\">s</p>", Map.of("r", row)))
                .isInstanceOf(TemplateProcessingException.class);
        assertThatThrownBy(() -> render("<p th:text=\"${r.anything().getName()}\">s</p>", Map.of("r", row)))
                .isInstanceOf(TemplateProcessingException.class)
                .rootCause()
                .hasMessageContaining("forbidden");
    }
}
