package dk.jobandel.freelancers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Role;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Texts;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ApplicationTest
class FreelancerProfileIntegrationTest {

    private static final String PASSWORD = "grøn cykel under æbletræet";
    private static final AtomicInteger addresses = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    MemberRegistration registration;

    @Autowired
    FreelancerProfiles profiles;

    long accountId;
    MockHttpSession session;

    private MockHttpSession login(String email) throws Exception {
        String address = "10.9." + (addresses.incrementAndGet() / 250) + "." + (addresses.get() % 250);
        return (MockHttpSession) mvc.perform(post("/login")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        })
                        .param("email", email)
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/dashboard"))
                .andReturn()
                .getRequest()
                .getSession();
    }

    /** Text as Thymeleaf writes it into an HTML attribute (the en dash as an entity). */
    private static String html(String text) {
        return text.replace("–", "&ndash;");
    }

    private static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@example.dk";
    }

    @BeforeEach
    void aFreelancerIsSignedIn() throws Exception {
        String email = email("freelancer");
        accountId = registration.registerFreelancer(new NewPerson("Olena Kovalenko", email, PASSWORD, Locale.of("da")));
        session = login(email);
    }

    private Map<String, String> validBasics() {
        return validBasics(profiles.profileOf(accountId).version());
    }

    /** A basics form every field of which is valid, for the profile at this version. */
    static Map<String, String> validBasics(long version) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("version", String.valueOf(version));
        fields.put("displayName", "Olena K.");
        fields.put("municipalityCode", "751");
        fields.put("travelKm", "25");
        fields.put("worksOnSite", "true");
        fields.put("desiredHoursMin", "15");
        fields.put("desiredHoursMax", "30");
        fields.put("availableFrom", "2027-01-04");
        fields.put("availableUntil", "");
        fields.put("languages", "da");
        fields.put("wantsJobShare", "true");
        return fields;
    }

    private MockHttpServletRequestBuilder postForm(String url, Map<String, String> fields) {
        var request = post(url).with(csrf()).session(session);
        fields.forEach(request::param);
        return request;
    }

    /**
     * A freelancer whose profile row is missing (an account from before profiles were written at sign-up) gets the
     * empty profile when it is first read: the read is read-only, so the row is written in a transaction of its own.
     */
    @Test
    void aMissingProfileIsWrittenEmptyWhenFirstRead(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        jdbc.sql("delete from freelancer_profile where account_id = :id")
                .param("id", accountId)
                .update();

        Profile profile = profiles.profileOf(accountId);

        assertThat(profile.accountId()).isEqualTo(accountId);
        assertThat(profile.skills()).isEmpty();
        assertThat(jdbc.sql("select count(*) from freelancer_profile where account_id = :id")
                        .param("id", accountId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void aNewProfileIsEmptyAndTheDashboardSaysWhatIsMissing() throws Exception {
        mvc.perform(get("/dashboard").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "profile.completeness.heading", 0))))
                .andExpect(content().string(containsString(Texts.shown(messages, "profile.missing.SKILLS"))))
                .andExpect(content().string(containsString(Texts.shown(messages, "profile.missing.AVAILABILITY"))));
    }

    @Test
    void theWholeProfileIsFilledInPartByPartAndShownBack() throws Exception {
        mvc.perform(postForm("/profile/basics", validBasics()))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("flash", "profile.saved"));

        long version = profiles.profileOf(accountId).version();
        mvc.perform(post("/profile/skills")
                        .with(csrf())
                        .session(session)
                        .param("version", String.valueOf(version))
                        .param("levels[1]", "3")
                        .param("levels[2]", "")
                        .param("levels[20]", "1"))
                .andExpect(redirectedUrl("/profile"));

        version = profiles.profileOf(accountId).version();
        mvc.perform(post("/profile/availability")
                        .with(csrf())
                        .session(session)
                        .param("version", String.valueOf(version))
                        .param("day0", "08:00–12:00, 13:00-16:00")
                        .param("day1", "")
                        .param("day2", "8-12")
                        .param("day3", "")
                        .param("day4", "")
                        .param("day5", "")
                        .param("day6", ""))
                .andExpect(redirectedUrl("/profile"));

        version = profiles.profileOf(accountId).version();
        var answers =
                post("/profile/work-style").with(csrf()).session(session).param("version", String.valueOf(version));
        for (int i = 0; i < WorkStyle.QUESTIONS; i++) {
            answers.param("answers[" + i + "]", String.valueOf(1 + i % 5));
        }
        mvc.perform(answers).andExpect(redirectedUrl("/profile"));

        Profile saved = profiles.profileOf(accountId);
        assertThat(saved.basics().municipalityCode()).isEqualTo((short) 751);
        assertThat(saved.skills())
                .containsExactlyInAnyOrder(new HeldSkill((short) 1, (short) 3), new HeldSkill((short) 20, (short) 1));
        assertThat(saved.availability())
                .isEqualTo(WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))
                        .union(WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(16, 0)))
                        .union(WeekGrid.range(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))));
        assertThat(saved.completeness().isComplete()).isTrue();

        mvc.perform(get("/profile").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "profile.completeness.heading", 100))))
                .andExpect(content().string(containsString("class=\"signed-in\">Olena K.</span>")))
                .andExpect(content().string(containsString("Aarhus")))
                .andExpect(content().string(containsString("15–30 timer om ugen")))
                .andExpect(content().string(containsString("man 08:00–12:00, man 13:00–16:00, ons 08:00–12:00")))
                .andExpect(content().string(containsString("i alt 11,0 timer om ugen")));
        mvc.perform(get("/profile/availability").session(session))
                .andExpect(content().string(containsString(html("value=\"08:00–12:00, 13:00–16:00\""))));
    }

    @Test
    void theWeekdaysQuickFillWorksWithoutJavaScriptAndSavesNothingYet() throws Exception {
        mvc.perform(post("/profile/availability")
                        .with(csrf())
                        .session(session)
                        .param(
                                "version",
                                String.valueOf(profiles.profileOf(accountId).version()))
                        .param("fill", "weekdays"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(html("id=\"day4\" name=\"day4\" value=\"08:00–16:00\""))))
                .andExpect(content().string(containsString("Hverdage 8–16 er udfyldt")));
        assertThat(profiles.profileOf(accountId).availability().isEmpty()).isTrue();
    }

    @Test
    void unknownSkillsAndLevelsAreRefused() throws Exception {
        long version = profiles.profileOf(accountId).version();
        mvc.perform(post("/profile/skills")
                        .with(csrf())
                        .session(session)
                        .param("version", String.valueOf(version))
                        .param("levels[1]", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "profile.skills.level"))));
        mvc.perform(post("/profile/skills")
                        .with(csrf())
                        .session(session)
                        .param("version", String.valueOf(version))
                        .param("levels[9999]", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "profile.skills.unknown"))));
        assertThat(profiles.profileOf(accountId).skills()).isEmpty();
    }

    @Test
    void anUnansweredQuestionIsPointedOut() throws Exception {
        var answers = post("/profile/work-style")
                .with(csrf())
                .session(session)
                .param("version", String.valueOf(profiles.profileOf(accountId).version()));
        for (int i = 0; i < WorkStyle.QUESTIONS - 1; i++) {
            answers.param("answers[" + i + "]", "3");
        }
        mvc.perform(answers)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"answer9-error\"")));
        assertThat(profiles.profileOf(accountId).workStyle()).isNull();
    }

    @Test
    void situationFactsAreKeptOnlyWithConsentAndForgottenWhenItIsWithdrawn() throws Exception {
        mvc.perform(post("/profile/situation")
                        .with(csrf())
                        .session(session)
                        .param(
                                "version",
                                String.valueOf(profiles.profileOf(accountId).version()))
                        .param("lacksPension", "true")
                        .param("akasseMember", "true"))
                .andExpect(redirectedUrl("/profile"));
        assertThat(profiles.profileOf(accountId).situation()).isNull();

        mvc.perform(post("/profile/situation")
                        .with(csrf())
                        .session(session)
                        .param(
                                "version",
                                String.valueOf(profiles.profileOf(accountId).version()))
                        .param("lacksPension", "true")
                        .param("akasseMember", "true")
                        .param("consent", "true"))
                .andExpect(redirectedUrl("/profile"));
        var situation = profiles.profileOf(accountId).situation();
        assertThat(situation).isNotNull();
        assertThat(situation.lacksPension()).isTrue();
        assertThat(situation.akasseMember()).isTrue();
        assertThat(situation.flexjobEligible()).isFalse();

        mvc.perform(post("/profile/situation")
                        .with(csrf())
                        .session(session)
                        .param(
                                "version",
                                String.valueOf(profiles.profileOf(accountId).version()))
                        .param("lacksPension", "true"))
                .andExpect(redirectedUrl("/profile"));
        assertThat(profiles.profileOf(accountId).situation()).isNull();
    }

    @Test
    void aSaveFromAStaleTabIsRefusedShowsBothVersionsAndCanThenBeRepeated() throws Exception {
        long opened = profiles.profileOf(accountId).version();
        // tab 1 saves the availability
        mvc.perform(post("/profile/availability")
                        .with(csrf())
                        .session(session)
                        .param("version", String.valueOf(opened))
                        .param("day0", "08:00–12:00"))
                .andExpect(redirectedUrl("/profile"));
        // tab 2, opened before, saves a different availability
        mvc.perform(post("/profile/availability")
                        .with(csrf())
                        .session(session)
                        .param("version", String.valueOf(opened))
                        .param("day4", "13:00–17:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "profile.conflict.heading"))))
                .andExpect(content().string(containsString("man 08:00–12:00")))
                .andExpect(content().string(containsString(html("value=\"13:00–17:00\""))));
        assertThat(profiles.profileOf(accountId).availability().format(Locale.of("da")))
                .isEqualTo("man 08:00–12:00");

        // the second tab, now told, saves on purpose with the version it was shown
        long current = profiles.profileOf(accountId).version();
        mvc.perform(post("/profile/availability")
                        .with(csrf())
                        .session(session)
                        .param("version", String.valueOf(current))
                        .param("day4", "13:00–17:00"))
                .andExpect(redirectedUrl("/profile"));
        assertThat(profiles.profileOf(accountId).availability().format(Locale.of("da")))
                .isEqualTo("fre 13:00–17:00");
    }

    @Test
    void nobodyElseCanChangeTheProfileAndOnlyConsultantsAndAdminsCanReadIt() throws Exception {
        String coopEmail = email("coop");
        registration.registerCooperative(
                new NewOrganisation("Andelskøkkenet", "53231942", OrganisationType.WORKER_COOPERATIVE, (short) 101),
                new NewPerson("Sofie", coopEmail, PASSWORD, Locale.of("da")));
        var cooperative = login(coopEmail);
        mvc.perform(get("/profile").session(cooperative)).andExpect(status().isForbidden());
        mvc.perform(post("/profile/basics").with(csrf()).session(cooperative).param("municipalityCode", "101"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/consultant/freelancers/" + accountId).session(cooperative))
                .andExpect(status().isForbidden());

        String otherEmail = email("other");
        registration.registerFreelancer(new NewPerson("Other", otherEmail, PASSWORD, Locale.of("da")));
        var otherFreelancer = login(otherEmail);
        mvc.perform(get("/consultant/freelancers/" + accountId).session(otherFreelancer))
                .andExpect(status().isForbidden());

        mvc.perform(get("/profile")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/profile/basics").session(session).param("municipalityCode", "101"))
                .andExpect(status().isForbidden()); // no CSRF token

        String consultantEmail = email("consultant");
        registration.createStaffAccount(
                new NewPerson("Mette", consultantEmail, PASSWORD, Locale.of("da")), EnumSet.of(Role.CONSULTANT));
        var consultant = login(consultantEmail);
        mvc.perform(get("/consultant/freelancers/" + accountId).session(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Profil: Olena Kovalenko")))
                .andExpect(content().string(containsString(Texts.shown(messages, "profile.notGiven"))))
                .andExpect(content().string(not(containsString("href=\"/profile/basics\""))));
        mvc.perform(get("/consultant/freelancers").session(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Olena Kovalenko")));
        mvc.perform(get("/consultant/freelancers/999999999").session(consultant))
                .andExpect(status().isNotFound());
        mvc.perform(post("/profile/basics").with(csrf()).session(consultant).param("municipalityCode", "101"))
                .andExpect(status().isForbidden());
        assertThat(profiles.profileOf(accountId).basics().municipalityCode()).isNull();
    }
}
