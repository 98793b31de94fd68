package dk.jobandel.platform.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Makes {@link Figures} for the page's locale available to every template as {@code #figures}. */
@Component
class FiguresDialect extends AbstractDialect implements IExpressionObjectDialect {

    FiguresDialect() {
        super("jobandel-figures");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("figures");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return new Figures(context.getLocale());
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
