package dk.jobandel.roles.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.Organisation;
import dk.jobandel.members.Organisations;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.Municipality;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.Skill;
import dk.jobandel.testsupport.FixedClock;
import dk.jobandel.testsupport.SignedIn;
import dk.jobandel.testsupport.WebSliceTest;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The role form with the real security rules: who gets in, and a form with errors coming back with each message next
 * to its field and nothing saved. The rules themselves are the roles module's (mocked here).
 */
@WebSliceTest(RoleController.class)
@Import(FixedClock.class)
class RoleControllerTest {

    static final long BIRGITTE = 9;
    static final LocalDate TODAY = FixedClock.TODAY;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SharedRoles roles;

    @MockitoBean
    Organisations organisations;

    @Autowired
    ReferenceData referenceData;

    @BeforeEach
    void birgitteIsStaffOfACooperativeInAarhus() {
        Organisation cooperative = mock(Organisation.class);
        given(cooperative.getId()).willReturn(3L);
        given(cooperative.getMunicipalityCode()).willReturn((short) 751);
        given(organisations.ofStaffMember(BIRGITTE)).willReturn(Optional.of(cooperative));
        given(referenceData.skill((short) 12))
                .willReturn(Optional.of(new Skill((short) 12, "cooking", "kitchen", "Madlavning", "Cooking")));
    }

    static MockHttpServletRequestBuilder newRole(String title) {
        return post("/roles/new")
                .with(csrf())
                .with(SignedIn.as(BIRGITTE, "COOPERATIVE", "Birgitte Holm"))
                .param("title", title)
                .param("sharers", "2")
                .param("handoverMinutes", "30")
                .param("evenSplit", "true")
                .param("workMode", "ON_SITE")
                .param("startDate", "2027-04-01")
                .param("payKind", "HOURLY")
                .param("payFrom", "185")
                .param("pensionPercent", "12")
                .param("holiday", "HOLIDAY_PAY")
                .param("day0", "08:00-16:00");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/roles/new")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/roles/new").with(csrf()).param("title", "Kok")).andExpect(redirectedUrl("/login"));
        then(roles).should(never()).create(anyLong(), any());
    }

    @Test
    void freelancersAndConsultantsMayNotPostRoles() throws Exception {
        mvc.perform(get("/roles/new").with(SignedIn.as(7, "FREELANCER"))).andExpect(status().isForbidden());
        mvc.perform(post("/roles/new")
                        .with(csrf())
                        .with(SignedIn.as(1, "CONSULTANT"))
                        .param("title", "Kok"))
                .andExpect(status().isForbidden());
        then(roles).should(never()).create(anyLong(), any());
    }

    @Test
    void staffGetTheBlankForm() throws Exception {
        mvc.perform(get("/roles/new").with(SignedIn.as(BIRGITTE, "COOPERATIVE", "Birgitte Holm")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"role-form\"")))
                .andExpect(content().string(containsString("value=\"2027-04-01\"")));
    }

    @Test
    void aMissingTitleAndPlaceComeBackNextToTheirFieldsAndNothingIsSaved() throws Exception {
        mvc.perform(newRole(""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-describedby=\"title-error\"")))
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("id=\"municipalityCode-error\"")))
                .andExpect(content().string(containsString("class=\"form-summary\"")))
                // what was typed stays
                .andExpect(content().string(containsString("value=\"08:00-16:00\"")));
        then(roles).should(never()).create(anyLong(), any());
    }

    @Test
    void aSkillChosenTwiceIsShownBesideItsRow() throws Exception {
        mvc.perform(newRole("Kok i frokostkantinen")
                        .param("municipalityCode", "751")
                        .param("skills[0].skillId", "12")
                        .param("skills[0].minLevel", "2")
                        .param("skills[0].requirement", "MUST_EACH")
                        .param("skills[1].skillId", "12")
                        .param("skills[1].minLevel", "1")
                        .param("skills[1].requirement", "MUST_EACH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"skill-row-1-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"skill-row-1-error\"")));
        then(roles).should(never()).create(anyLong(), any());
    }

    @Test
    void theQuickFillComesBackFilledWithoutErrorsAndUnsaved() throws Exception {
        mvc.perform(newRole("").param("fill", "weekdays"))
                .andExpect(status().isOk())
                // Friday too, written as the form writes times (the dash escaped by the page)
                .andExpect(content().string(containsString("name=\"day4\" value=\"08:00&ndash;16:00\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"title-error\""))));
        then(roles).should(never()).create(anyLong(), any());
    }

    @Test
    void aValidRoleIsSavedAndTheBrowserSentToIt() throws Exception {
        given(referenceData.municipality((short) 751))
                .willReturn(Optional.of(new Municipality((short) 751, "Aarhus", (short) 1082, 56.16, 10.2)));
        given(roles.create(anyLong(), any())).willReturn(42L);
        mvc.perform(newRole("Kok i frokostkantinen").param("municipalityCode", "751"))
                .andExpect(redirectedUrl("/roles/42"))
                .andExpect(flash().attribute("flash", "role.saved"));
        then(roles).should().create(org.mockito.ArgumentMatchers.eq(BIRGITTE), any());
    }
}
