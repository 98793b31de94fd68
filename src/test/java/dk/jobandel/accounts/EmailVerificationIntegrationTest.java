package dk.jobandel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.members.Accounts;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.OrganisationUnconfirmed;
import dk.jobandel.members.Organisations;
import dk.jobandel.notifications.MailOutbox;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The address given at sign-up is confirmed by a link; until then some things wait. */
@ApplicationTest
class EmailVerificationIntegrationTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/account/email/verify\\?token=(\\S+))");

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    Accounts accounts;

    @Autowired
    MailOutbox outbox;

    @Autowired
    FreelancerProfiles profiles;

    Sessions sessions;

    @BeforeEach
    void setUp() {
        sessions = new Sessions(mvc, registration, organisations);
    }

    private String signUpFreelancer(String name) throws Exception {
        String email = Sessions.uniqueEmail(name);
        mvc.perform(post("/register/freelancer")
                        .with(csrf())
                        .param("displayName", name)
                        .param("email", email)
                        .param("password", Sessions.PASSWORD)
                        .param("passwordConfirmation", Sessions.PASSWORD)
                        .param("consent", "true"))
                .andExpect(redirectedUrl("/login"));
        return email;
    }

    private java.util.regex.Matcher linkTo(String email) {
        var matcher = LINK.matcher(outbox.newestTo(email, 1).getFirst().body());
        assertThat(matcher.find()).as("a confirmation link").isTrue();
        return matcher;
    }

    @Test
    void aNewMemberCanSignInAtOnceAndConfirmsTheAddressWithTheLinkOnce() throws Exception {
        String email = signUpFreelancer("Lone");
        long id = accounts.byEmail(email).orElseThrow().accountId();
        assertThat(accounts.emailVerified(id)).isFalse();

        var session = sessions.login(email);
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk());
        mvc.perform(get("/account").session(session))
                .andExpect(content().string(containsString("(ikke bekræftet endnu)")));

        var link = linkTo(email);
        mvc.perform(get(link.group(1))).andExpect(status().isOk());
        assertThat(accounts.emailVerified(id))
                .as("opening the link alone confirms nothing")
                .isFalse();
        mvc.perform(post("/account/email/verify").with(csrf()).param("token", link.group(2)))
                .andExpect(redirectedUrl("/account/email/confirmed"))
                .andExpect(flash().attribute("flash", "account.email.verifiedNow"));
        assertThat(accounts.emailVerified(id)).isTrue();
        mvc.perform(post("/account/email/verify").with(csrf()).param("token", link.group(2)))
                .andExpect(content().string(containsString("Linket kan ikke bruges")));
    }

    @Test
    void resendingTheLinkIsThrottledAndAnOlderLinkStopsWorking() throws Exception {
        String email = signUpFreelancer("Mads");
        String first = linkTo(email).group(2);
        var session = sessions.login(email);
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/account/email/verification").with(csrf()).session(session))
                    .andExpect(flash().attribute("flash", "account.verification.sent"));
        }
        mvc.perform(post("/account/email/verification").with(csrf()).session(session))
                .andExpect(flash().attribute("flash", "account.throttled"));
        mvc.perform(get("/account/email/verify").param("token", first))
                .andExpect(content().string(containsString("Linket kan ikke bruges")));
        mvc.perform(post("/account/email/verify")
                        .with(csrf())
                        .param("token", linkTo(email).group(2)))
                .andExpect(redirectedUrl("/account/email/confirmed"));
    }

    @Test
    void anUnconfirmedFreelancerIsNotMatched() throws Exception {
        String email = signUpFreelancer("Nina");
        long id = accounts.byEmail(email).orElseThrow().accountId();
        long version = profiles.profileOf(id).version();
        version = profiles.changeBasics(
                        id,
                        version,
                        "Nina",
                        new Profile.Basics(
                                (short) 461,
                                30,
                                true,
                                true,
                                true,
                                12,
                                30,
                                LocalDate.of(2027, 1, 4),
                                null,
                                List.of("da"),
                                true,
                                false))
                .version();
        profiles.changeAvailability(
                id,
                version,
                WeekGrid.daily(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(12, 0)));

        assertThat(profiles.matchable()).noneMatch(f -> f.accountId() == id);
        accounts.verifyEmail(id, email);
        assertThat(profiles.matchable()).anyMatch(f -> f.accountId() == id);
    }

    @Test
    void anOrganisationWhoseStaffHaveNotConfirmedCannotBeVerifiedNorInvite() throws Exception {
        String email = Sessions.uniqueEmail("olga");
        long organisationId = registration
                .signUpCooperative(
                        new NewOrganisation(
                                "Ubekræftet Kooperativ", Sessions.uniqueCvr(), OrganisationType.ASSOCIATION, (short)
                                        101),
                        new NewPerson("Olga", email, Sessions.PASSWORD, Locale.of("da")))
                .getAsLong();
        var consultant = sessions.consultant("Mette");
        long version = organisations.byId(organisationId).getVersion();
        Assertions.assertThatThrownBy(() -> organisations.verify(organisationId, consultant.accountId(), version))
                .isInstanceOf(OrganisationUnconfirmed.class);
        mvc.perform(post("/consultant/organisations/" + organisationId + "/verify")
                        .with(csrf())
                        .session(consultant.session())
                        .param("version", String.valueOf(version)))
                .andExpect(flash().attribute("flash", "verification.unconfirmed"));

        var staff = sessions.login(email);
        mvc.perform(post("/organisation/staff/invite")
                        .with(csrf())
                        .session(staff)
                        .param("email", Sessions.uniqueEmail("colleague")))
                .andExpect(status().isOk())
                // the organisation is not verified (it cannot be, yet), so it cannot invite
                .andExpect(content().string(containsString("når en konsulent har godkendt den")));

        long staffId = accounts.byEmail(email).orElseThrow().accountId();
        accounts.verifyEmail(staffId, email);
        organisations.verify(organisationId, consultant.accountId(), version);
        assertThat(organisations.isVerified(organisationId)).isTrue();
    }
}
