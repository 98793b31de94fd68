package dk.jobandel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.testsupport.WebSliceTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@WebSliceTest(HomeController.class)
class StaticResourcesTest {

    private static final Pattern APP_CSS = Pattern.compile("/css/app-[0-9a-f]{32}\\.css");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Assets assets;

    @Test
    void pagesLinkOwnAssetsByContentVersionAndWebJarsByTheirVersion() throws Exception {
        String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();

        assertThat(APP_CSS.matcher(page).find()).as(page).isTrue();
        assertThat(page).containsPattern("/js/app-[0-9a-f]{32}\\.js").contains(assets.getHtmx(), assets.getPico());
        assertThat(assets.getHtmx()).matches("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js");
    }

    @Test
    void theSiteHasAnIconThatPagesLinkTo() throws Exception {
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
                .contains("rel=\"icon\"");
    }

    @Test
    void versionedAssetsAreKeptForAYearAndPlainOnesRevalidated() throws Exception {
        String versioned = assets.url("/css/app.css");
        assertThat(versioned).matches(APP_CSS);

        mvc.perform(get(versioned))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
        mvc.perform(get(assets.getPico()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
        mvc.perform(get("/css/app.css"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"));
    }

    @Test
    void noFilterRewritesLinksPerRequest() {
        // spring-framework#34014: this filter resolved every link of every page against the class path
        assertThat(context.getBeanNamesForType(ResourceUrlEncodingFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(org.springframework.boot.web.servlet.FilterRegistrationBean.class)
                        .values())
                .noneMatch(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
    }
}
