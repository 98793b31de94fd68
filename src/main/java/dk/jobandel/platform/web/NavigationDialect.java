package dk.jobandel.platform.web;

import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes the page's {@link Navigation} available to every template, error pages included, as {@code #nav}: built
 * once per rendered page (Thymeleaf keeps a cacheable expression object for the whole template run).
 */
@Component
class NavigationDialect extends AbstractDialect implements IExpressionObjectDialect {

    NavigationDialect() {
        super("jobandel-navigation");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("nav");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                if (!(context instanceof IWebContext web)) {
                    return Navigation.of(authentication, "/");
                }
                var request = web.getExchange().getRequest();
                return Navigation.of(authentication, request.getPathWithinApplication(), request.getQueryString());
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
