package dk.jobandel.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * The options of the reference-data selects, written in one go: {@code <option ref:municipalities="${chosen}">}
 * becomes the 98 municipalities and {@code <optgroup ref:skills="${chosen}">} the skill catalogue by category, in
 * the page's language, with the chosen value (or values) selected. The element itself is only a prototype for
 * viewing the template as a file.
 *
 * <p>Written with {@code th:each}, a select of the catalogue evaluated three or four expressions per option, several
 * hundred per page: most of the rendering time of the lists with filters. The options' markup is built once per
 * language, since reference data changes only with a migration.
 */
@Component
class ReferenceOptionsDialect extends AbstractProcessorDialect {

    /** The dialect's attribute prefix, as in {@code ref:skills}. */
    static final String PREFIX = "ref";

    private final ObjectProvider<ReferenceData> referenceData;
    /** The pieces of each select by language ("da" or "en"); the municipalities' names are the same in both. */
    private final Map<String, List<Piece>> pieces = new ConcurrentHashMap<>();

    /** The reference data is looked up when a page first needs it: web-slice tests have dialects but no database. */
    ReferenceOptionsDialect(ObjectProvider<ReferenceData> referenceData) {
        super("Jobandel reference options", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
        this.referenceData = referenceData;
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(
                new OptionsProcessor(
                        dialectPrefix,
                        "municipalities",
                        locale -> pieces.computeIfAbsent("municipalities", key -> municipalityPieces())),
                new OptionsProcessor(
                        dialectPrefix,
                        "skills",
                        locale -> pieces.computeIfAbsent("skills." + language(locale), key -> skillPieces(locale))));
    }

    private static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "da";
    }

    private List<Piece> municipalityPieces() {
        return referenceData.getObject().municipalities().stream()
                .map(m -> Piece.option(Short.toString(m.code()), m.name()))
                .toList();
    }

    private List<Piece> skillPieces(Locale locale) {
        List<Piece> pieces = new ArrayList<>();
        for (SkillCategory category : referenceData.getObject().skillCategories()) {
            pieces.add(Piece.markup("<optgroup label=\"" + HtmlEscape.escapeHtml4Xml(category.name(locale)) + "\">"));
            for (Skill skill : category.skills()) {
                pieces.add(Piece.option(Short.toString(skill.id()), skill.name(locale)));
            }
            pieces.add(Piece.markup("</optgroup>"));
        }
        return List.copyOf(pieces);
    }

    /**
     * A piece of the options' markup: an option (its value, and its markup before and after the place where
     * {@code selected} goes), or fixed markup such as a group's start or end.
     */
    private record Piece(@Nullable String value, String before, String after) {

        static Piece option(String value, String label) {
            return new Piece(
                    value,
                    "<option value=\"" + HtmlEscape.escapeHtml4Xml(value) + "\"",
                    ">" + HtmlEscape.escapeHtml4Xml(label) + "</option>");
        }

        static Piece markup(String markup) {
            return new Piece(null, markup, "");
        }
    }

    /** Replaces its element with the options, selecting the values its expression gives. */
    private static final class OptionsProcessor extends AbstractAttributeTagProcessor {

        private final Function<Locale, List<Piece>> pieces;

        OptionsProcessor(String dialectPrefix, String attributeName, Function<Locale, List<Piece>> pieces) {
            super(TemplateMode.HTML, dialectPrefix, null, false, attributeName, true, 1000, true);
            this.pieces = pieces;
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String attributeValue,
                IElementTagStructureHandler structureHandler) {
            Set<String> chosen = chosen(context, attributeValue);
            StringBuilder html = new StringBuilder(8192);
            for (Piece piece : pieces.apply(context.getLocale())) {
                html.append(piece.before());
                if (piece.value() != null && chosen.contains(piece.value())) {
                    html.append(" selected");
                }
                html.append(piece.after());
            }
            structureHandler.replaceWith(html, false);
        }

        private static Set<String> chosen(ITemplateContext context, @Nullable String expression) {
            if (expression == null || expression.isBlank()) {
                return Set.of();
            }
            Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, expression)
                    .execute(context);
            if (value == null) {
                return Set.of();
            }
            if (value instanceof Collection<?> values) {
                return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
            }
            return Set.of(String.valueOf(value).strip());
        }
    }
}
