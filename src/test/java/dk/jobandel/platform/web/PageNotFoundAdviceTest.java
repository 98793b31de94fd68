package dk.jobandel.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dk.jobandel.platform.PageNotFound;
import dk.jobandel.testsupport.Texts;
import dk.jobandel.testsupport.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * One mapping of not found for every module (issue 18): any controller that lets a {@link PageNotFound} out answers
 * with the 404 page and status 404, without a handler of its own.
 */
@WebSliceTest(PageNotFoundAdviceTest.AnyModulesController.class)
@Import(PageNotFoundAdviceTest.AnyModulesController.class)
class PageNotFoundAdviceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void aModulesNotFoundIsThe404Page() throws Exception {
        mvc.perform(get("/any-module/things/7").with(user("amira").roles("FREELANCER")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(
                        content().string(containsString("<h1>" + Texts.shown(messages, "error.404.title") + "</h1>")));
    }

    @Test
    void aMessagelessNotFoundIsThe404PageToo() throws Exception {
        mvc.perform(get("/any-module/quiet").with(user("amira").roles("FREELANCER")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void aThingThatIsThereIsNotAffected() throws Exception {
        mvc.perform(get("/any-module/things/1").with(user("amira").roles("FREELANCER")))
                .andExpect(status().isOk())
                .andExpect(content().string("thing 1"));
    }

    /** A module's not-found exception: it only extends the platform's. */
    static final class ThingNotFound extends PageNotFound {
        ThingNotFound(long id) {
            super("No thing " + id);
        }
    }

    static final class QuietNotFound extends PageNotFound {}

    /** A module's controller with no exception handler of its own. */
    @Controller
    static class AnyModulesController {

        @GetMapping("/any-module/things/{id}")
        @ResponseBody
        String thing(@PathVariable long id) {
            if (id != 1) {
                throw new ThingNotFound(id);
            }
            return "thing " + id;
        }

        @GetMapping("/any-module/quiet")
        String quiet() {
            throw new QuietNotFound();
        }
    }
}
