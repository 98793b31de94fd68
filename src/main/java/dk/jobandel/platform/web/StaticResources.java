package dk.jobandel.platform.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Where static assets are served and how long browsers keep them. Pages link them by versioned URLs that
 * {@link Assets} resolves once ({@code /css/app-<md5>.css}, {@code /webjars/htmx.org/2.0.10/...}); those never
 * change, so they are cached for a year as immutable. A request for an unversioned path still works, but must
 * be revalidated.
 *
 * <p>Spring Boot's own resource mappings and resource chain are switched off
 * ({@code spring.web.resources.add-mappings=false}, {@code spring.web.resources.chain.enabled=false}): with a
 * WebJars locator on the class path Boot turns the chain on and registers {@code ResourceUrlEncodingFilter},
 * which resolves every {@code @{...}} link of every page against the {@code /**} static locations on the class
 * path (spring-framework#34014). That cost more than 60 % of the CPU under load. Here only the asset folders are
 * mapped, and nothing rewrites links per request.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    static final CacheControl VERSIONED =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final boolean cached;

    StaticResources(@Value("${jobandel.web.assets-cached:true}") boolean cached) {
        this.cached = cached;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // the version is in the path (resolved by Assets from the WebJar's own metadata)
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(cached ? VERSIONED : CacheControl.noCache())
                .resourceChain(cached);
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CacheControl.noCache())
                    .resourceChain(cached)
                    .addResolver(new ImmutableWhenVersioned(cached ? VERSIONED : CacheControl.noCache()))
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        // browsers ask for it at this address whatever the page links (issue 20: a console error on the first visit)
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(cached ? CacheControl.maxAge(java.time.Duration.ofDays(7)) : CacheControl.noCache());
    }
}
