package dk.jobandel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class ReferenceOptionsDialectTest {

    private SpringTemplateEngine engine;

    @BeforeEach
    void engine() {
        ReferenceData referenceData = mock(ReferenceData.class);
        when(referenceData.municipalities())
                .thenReturn(List.of(
                        new Municipality((short) 751, "Aarhus", (short) 1082, 56.1, 10.2),
                        new Municipality((short) 101, "København", (short) 1084, 55.7, 12.6),
                        new Municipality((short) 999, "Ø & <Å>", (short) 1084, 55.0, 12.0)));
        when(referenceData.skillCategories())
                .thenReturn(List.of(
                        new SkillCategory(
                                "finance",
                                "Økonomi",
                                "Finance",
                                List.of(
                                        new Skill((short) 1, "bookkeeping", "finance", "Bogføring", "Bookkeeping"),
                                        new Skill((short) 2, "payroll", "finance", "Løn", "Payroll"))),
                        new SkillCategory(
                                "care",
                                "Omsorg",
                                "Care",
                                List.of(new Skill((short) 3, "care", "care", "Pleje", "Care work")))));
        var resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        var beans = new org.springframework.beans.factory.support.StaticListableBeanFactory();
        beans.addBean("referenceData", referenceData);
        engine.addDialect(new ReferenceOptionsDialect(beans.getBeanProvider(ReferenceData.class)));
    }

    private String render(String template, Locale locale, Map<String, Object> variables) {
        return engine.process(template, new Context(locale, variables)).replaceAll(">\\s+<", "><");
    }

    @Test
    void everyMunicipalityBecomesAnOptionAndTheChosenOneIsSelected() {
        String html = render(
                "<select><option value=\"\">Any</option><option ref:municipalities=\"${chosen}\">Proto</option></select>",
                Locale.of("da"),
                Map.of("chosen", "101"));

        assertThat(html)
                .isEqualTo("<select><option value=\"\">Any</option>"
                        + "<option value=\"751\">Aarhus</option>"
                        + "<option value=\"101\" selected>København</option>"
                        + "<option value=\"999\">Ø &amp; &lt;Å&gt;</option></select>");
    }

    @Test
    void nothingIsSelectedForAnEmptyAnUnknownOrAMissingValue() {
        for (Object chosen : new Object[] {"", "abc", "7"}) {
            assertThat(render(
                            "<select><option ref:municipalities=\"${chosen}\">Proto</option></select>",
                            Locale.of("da"),
                            Map.of("chosen", chosen)))
                    .doesNotContain("selected");
        }
        assertThat(render(
                        "<select><option ref:municipalities=\"${missing}\">Proto</option></select>",
                        Locale.of("da"),
                        Map.of()))
                .contains("<option value=\"751\">Aarhus</option>")
                .doesNotContain("selected");
    }

    @Test
    void skillsComeInTheirCategoriesInThePagesLanguageAndSeveralMayBeSelected() {
        String template = "<select multiple><optgroup ref:skills=\"${chosen}\" label=\"Proto\"><option>x</option>"
                + "</optgroup></select>";

        assertThat(render(template, Locale.ENGLISH, Map.of("chosen", List.of((short) 1, (short) 3))))
                .isEqualTo(
                        "<select multiple><optgroup label=\"Finance\"><option value=\"1\" selected>Bookkeeping</option>"
                                + "<option value=\"2\">Payroll</option></optgroup>"
                                + "<optgroup label=\"Care\"><option value=\"3\" selected>Care work</option></optgroup></select>");
        assertThat(render(template, Locale.of("da"), Map.of("chosen", 2)))
                .isEqualTo("<select multiple><optgroup label=\"Økonomi\"><option value=\"1\">Bogføring</option>"
                        + "<option value=\"2\" selected>Løn</option></optgroup>"
                        + "<optgroup label=\"Omsorg\"><option value=\"3\">Pleje</option></optgroup></select>");
    }
}
