package dk.jobandel.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateManager;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * An element rendered once for the data it shows: {@code <tbody cache:key="${rows}">} writes the element as rendered
 * the last time its key had an equal value, in the same language, and renders it (and keeps the result) otherwise.
 *
 * <p>Rendering is most of what a long list costs: the consultants' freelancer list spent about 0.6 ms of its 1.5 ms
 * of CPU a request on its fifty rows (issue 12), while the statement that loads them costs a fraction of that, and
 * the rows change far less often than they are shown. The key is the data itself, compared with {@code equals}, so
 * a changed row is a new key and can never show what it showed before; nothing has to be told to forget anything,
 * on this node or another.
 *
 * <p>What the element may depend on: its key and the page's language, nothing else (not the signed-in member, not a
 * form's CSRF token, not the time). The key must be compared by value: a record, a string, a number, or a collection
 * of them; a value compared by identity would never be found again, and is refused, also as a record's component. The element's own attributes
 * are part of what is kept, so put a condition ({@code th:if}) on an element around it.
 *
 * <p>What is kept: at most {@value #MAX_CHARACTERS} characters of markup, each piece for at most {@value
 * #MINUTES} minutes after it was rendered, so that a page's data (names and e-mail addresses on the consultants'
 * lists) stays in memory no longer than that after it was changed or erased. Hits and misses are in {@code
 * /actuator/prometheus} as the cache {@code page_fragments}.
 */
@Component
class FragmentCacheDialect extends AbstractProcessorDialect implements MeterBinder {

    /** The dialect's attribute prefix, as in {@code cache:key}. */
    static final String PREFIX = "cache";

    /** At most about 2 MB of markup (Latin-1 text takes a byte a character), some forty pages of fifty rows. */
    static final long MAX_CHARACTERS = 2_000_000;

    static final long MINUTES = 10;

    private final Cache<Key, String> rendered;

    FragmentCacheDialect() {
        this(Ticker.systemTicker());
    }

    /** With the clock that the pieces' age is measured by. */
    FragmentCacheDialect(Ticker ticker) {
        super("Jobandel fragment cache", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
        this.rendered = Caffeine.newBuilder()
                .maximumWeight(MAX_CHARACTERS)
                .<Key, String>weigher((key, markup) -> markup.length())
                .expireAfterWrite(Duration.ofMinutes(MINUTES))
                .ticker(ticker)
                .recordStats()
                .build();
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new KeyProcessor(dialectPrefix, rendered));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, rendered, "page_fragments");
    }

    /**
     * Where the element is (template, line and column), the page's language and the key's value.
     *
     * @param template the template that holds the element
     */
    record Key(String template, int line, int col, Locale locale, Object value) {}

    /** Writes the kept markup for an equal key, or renders the element and keeps it. */
    private static final class KeyProcessor extends AbstractAttributeModelProcessor {

        /** Before every other attribute of the element: whatever they do is part of what is kept. */
        private static final int PRECEDENCE = 0;

        private final Cache<Key, String> rendered;

        KeyProcessor(String dialectPrefix, Cache<Key, String> rendered) {
            super(TemplateMode.HTML, dialectPrefix, null, false, "key", true, PRECEDENCE, false);
            this.rendered = rendered;
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IModel model,
                AttributeName attributeName,
                String attributeValue,
                IElementModelStructureHandler structureHandler) {
            IProcessableElementTag tag = (IProcessableElementTag) model.get(0);
            Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue)
                    .execute(context);
            if (value == null || !ComparedByValue.all(value)) {
                throw new TemplateProcessingException("The key of a kept fragment must be a value compared by value"
                        + " (a record, string, number or a collection of them), not "
                        + (value == null ? "null" : value.getClass().getName()));
            }
            var key = new Key(tag.getTemplateName(), tag.getLine(), tag.getCol(), context.getLocale(), value);
            // not Cache.get(key, render): rendering may meet another kept fragment, and must not run inside the
            // cache's own update of this key; two requests that miss together both render, and the last one is kept
            String markup = rendered.getIfPresent(key);
            if (markup == null) {
                markup = render(context, model, attributeName);
                rendered.put(key, markup);
            }
            model.reset();
            model.add(context.getModelFactory().createText(markup));
        }

        /** The element without its key attribute, processed as if it stood in the page, into a string. */
        private static String render(ITemplateContext context, IModel model, AttributeName attributeName) {
            IProcessableElementTag tag = (IProcessableElementTag) model.get(0);
            IModel element = model.cloneModel();
            element.replace(0, context.getModelFactory().removeAttribute(tag, attributeName));
            var source = new StringWriter();
            try {
                element.write(source);
            } catch (IOException cannotHappen) {
                throw new IllegalStateException(cannotHappen);
            }
            TemplateManager templates = context.getConfiguration().getTemplateManager();
            var markup = new StringWriter();
            templates.process(
                    templates.parseString(
                            context.getTemplateData(),
                            source.toString(),
                            tag.getLine(),
                            tag.getCol(),
                            context.getTemplateMode(),
                            true),
                    context,
                    markup);
            return markup.toString();
        }
    }

    /**
     * Whether a key can be found again: compared by value, and so are the elements of a collection or map, and the
     * components of a record as far as their declared types tell (an interface or {@code Object} says nothing).
     */
    static final class ComparedByValue {

        private static final ClassValue<Boolean> BY_VALUE = new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
                if (type.isPrimitive() || type.isEnum() || type.isInterface() || type == Object.class) {
                    return true;
                }
                if (type.isRecord()) {
                    return Arrays.stream(type.getRecordComponents())
                            .map(RecordComponent::getType)
                            .allMatch(component -> component == type || BY_VALUE.get(component));
                }
                try {
                    return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
                } catch (NoSuchMethodException cannotHappen) {
                    return false;
                }
            }
        };

        private ComparedByValue() {}

        static boolean all(@Nullable Object value) {
            return switch (value) {
                case null -> true;
                case Collection<?> values -> values.stream().allMatch(ComparedByValue::all);
                case Map<?, ?> map ->
                    map.keySet().stream().allMatch(ComparedByValue::all)
                            && map.values().stream().allMatch(ComparedByValue::all);
                default -> value.getClass().isEnum() || BY_VALUE.get(value.getClass());
            };
        }
    }
}
