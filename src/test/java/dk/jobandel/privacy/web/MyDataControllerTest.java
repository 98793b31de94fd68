package dk.jobandel.privacy.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dk.jobandel.platform.ConsentLog.Purpose;
import dk.jobandel.privacy.Consents;
import dk.jobandel.privacy.Erasures;
import dk.jobandel.privacy.Exports;
import dk.jobandel.privacy.ProfileViews;
import dk.jobandel.testsupport.SignedIn;
import dk.jobandel.testsupport.Texts;
import dk.jobandel.testsupport.WebSliceTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A member's own data answers what is not theirs or not there (an export, a consent purpose) with the platform's 404
 * page, and changes nothing.
 */
@WebSliceTest(MyDataController.class)
class MyDataControllerTest {

    static final long INGRID = 11;

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @MockitoBean
    Exports exports;

    @MockitoBean
    Consents consents;

    @MockitoBean
    ProfileViews views;

    @MockitoBean
    Erasures erasures;

    @Test
    void anExportThatIsNotTheMembersIsThe404Page() throws Exception {
        given(exports.download(77, INGRID)).willReturn(Optional.empty());
        mvc.perform(get("/privacy/my-data/exports/77/download").with(SignedIn.as(INGRID, "FREELANCER")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("<h1>" + Texts.shown(messages, "error.404.title"))));
    }

    @Test
    void theMembersOwnExportIsDownloaded() throws Exception {
        given(exports.download(77, INGRID)).willReturn(Optional.of(new Exports.File("jobandel.zip", new byte[] {1})));
        mvc.perform(get("/privacy/my-data/exports/77/download").with(SignedIn.as(INGRID, "FREELANCER")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"));
    }

    @Test
    void aPurposeThatDoesNotExistIsThe404PageAndChangesNothing() throws Exception {
        mvc.perform(post("/privacy/my-data/consents/NO_SUCH_PURPOSE/withdraw")
                        .with(csrf())
                        .with(SignedIn.as(INGRID, "FREELANCER")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        then(consents).should(never()).withdraw(anyLong(), any());
    }

    @Test
    void onlyPoolVisibilityCanBeGivenHere() throws Exception {
        mvc.perform(post("/privacy/my-data/consents/SIGN_UP_TERMS/give")
                        .with(csrf())
                        .with(SignedIn.as(INGRID, "FREELANCER")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
        then(consents).should(never()).give(anyLong(), any());
        mvc.perform(post("/privacy/my-data/consents/POOL_VISIBILITY/give")
                        .with(csrf())
                        .with(SignedIn.as(INGRID, "FREELANCER")))
                .andExpect(redirectedUrl("/privacy/my-data"));
        then(consents).should().give(INGRID, Purpose.POOL_VISIBILITY);
    }
}
