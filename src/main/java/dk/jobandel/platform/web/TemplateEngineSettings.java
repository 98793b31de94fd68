package dk.jobandel.platform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Jobandel's settings of the template engine that Spring Boot makes, applied before it starts:
 *
 * <ul>
 *   <li>room for every page's parsed expressions in Thymeleaf's caches. The defaults keep 500 expressions and 200
 *       templates; Jobandel's templates hold several thousand expressions, so a mix of pages evicted each other's and
 *       parsed them again on every request (about 2 % of the rendering time in a profile of two pages alone);
 *   <li>the cheaper calls of accessors in expressions ({@link AccessorCalls}).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class TemplateEngineSettings {

    static final int EXPRESSIONS = 20_000;
    static final int TEMPLATES = 1_000;

    @Bean
    static BeanPostProcessor templateEngineCustomizer() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine && !engine.isInitialized()) {
                    var caches = new StandardCacheManager();
                    caches.setExpressionCacheMaxSize(EXPRESSIONS);
                    caches.setTemplateCacheMaxSize(TEMPLATES);
                    engine.setCacheManager(caches);
                    AccessorCalls.installIn(engine);
                }
                return bean;
            }
        };
    }
}
