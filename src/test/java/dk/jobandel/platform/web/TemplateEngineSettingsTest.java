package dk.jobandel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The application's template engine gets the larger caches and the cheaper accessor calls before it starts. */
class TemplateEngineSettingsTest {

    @Test
    void theEngineGetsItsCachesAndTheAccessorCalls() {
        var engine = new SpringTemplateEngine();

        TemplateEngineSettings.templateEngineCustomizer().postProcessBeforeInitialization(engine, "templateEngine");

        assertThat(engine.getCacheManager()).isInstanceOfSatisfying(StandardCacheManager.class, caches -> {
            assertThat(caches.getExpressionCacheMaxSize()).isEqualTo(TemplateEngineSettings.EXPRESSIONS);
            assertThat(caches.getTemplateCacheMaxSize()).isEqualTo(TemplateEngineSettings.TEMPLATES);
        });
        assertThat(engine.getEngineContextFactory()).isInstanceOf(AccessorCalls.InstallingContextFactory.class);
    }
}
