package dk.jobandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.testsupport.ApplicationTest;
import jakarta.servlet.http.Cookie;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12: a visitor who only reads pages gets no session (the CSRF token lives in a cookie), and the token still
 * protects every form: a post without it, or with another's, is refused.
 */
@ApplicationTest
class CsrfCookiesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void readingPublicPagesMakesNoSessionAndTheFormsTokenMatchesItsCookie() throws Exception {
        for (String page : new String[] {"/", "/login", "/register/freelancer", "/privacy"}) {
            var result = mvc.perform(get(page)).andExpect(status().isOk()).andReturn();
            assertThat(result.getRequest().getSession(false)).as(page).isNull();
        }
        var login = mvc.perform(get("/login")).andReturn();
        Cookie cookie = login.getResponse().getCookie(CsrfCookies.PLAIN_NAME);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        var field = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(login.getResponse().getContentAsString());
        assertThat(field.find()).isTrue();

        // the language switch with the page's token and cookie is accepted
        mvc.perform(post("/language")
                        .cookie(cookie)
                        .param("_csrf", field.group(1))
                        .param("lang", "en")
                        .param("returnTo", "/"))
                .andExpect(status().is3xxRedirection());
        // without the cookie, or with a token made up, it is refused
        mvc.perform(post("/language").param("_csrf", field.group(1)).param("lang", "en"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/language").cookie(cookie).param("_csrf", "made-up").param("lang", "en"))
                .andExpect(status().isForbidden());
    }
}
