package dk.jobandel.freelancers.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dk.jobandel.freelancers.FreelancerList;
import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.platform.ProfileViewLog;
import dk.jobandel.testsupport.SignedIn;
import dk.jobandel.testsupport.Texts;
import dk.jobandel.testsupport.WebSliceTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A consultant asking for a profile that is not there gets the platform's 404 page, and nothing is logged as read. */
@WebSliceTest(ConsultantProfileController.class)
class ConsultantProfileControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    ProfileViewLog views;

    @MockitoBean
    FreelancerProfiles profiles;

    @MockitoBean
    FreelancerList list;

    @MockitoBean
    MemberDirectory directory;

    @Test
    void aProfileThatIsNotThereIsThe404Page() throws Exception {
        given(directory.freelancer(404L)).willReturn(Optional.empty());
        mvc.perform(get("/consultant/freelancers/404").with(SignedIn.as(1, "CONSULTANT")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("<h1>" + Texts.shown(messages, "error.404.title"))));
        then(views).should(never()).viewed(anyLong(), any(), anyString());
    }

    @Test
    void freelancersMayNotReadOthersProfiles() throws Exception {
        mvc.perform(get("/consultant/freelancers/404").with(SignedIn.as(7, "FREELANCER")))
                .andExpect(status().isForbidden());
        then(directory).should(never()).freelancer(anyLong());
    }
}
