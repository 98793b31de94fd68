package dk.jobandel.freelancers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each invalid field of the profile's basics and each unreadable day of availability is explained next to it, and
 * nothing is saved. One freelancer signed in once for all the cases: as none of them saves anything, each starts
 * where a new freelancer would, with an empty profile. The profile's other behaviour:
 * {@link FreelancerProfileIntegrationTest}.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreelancerProfileFormErrorsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    FreelancerProfiles profiles;

    long accountId;
    MockHttpSession session;

    @BeforeAll
    void aFreelancerIsSignedIn() throws Exception {
        var freelancer = new Sessions(mvc, registration, organisations).freelancer("Olena Kovalenko");
        accountId = freelancer.accountId();
        session = freelancer.session();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @CsvSource({
        "displayName,'',Udfyld feltet.",
        "municipalityCode,'',Vælg en mulighed.",
        "municipalityCode,999,Vælg en kommune fra listen.",
        "travelKm,-5,Skriv et tal på mindst 0.",
        "travelKm,many,Værdien har et forkert format.",
        "desiredHoursMin,0,Skriv et tal på mindst 1.",
        "desiredHoursMax,49,Skriv et tal på højst 48.",
        "desiredHoursMax,10,Højst skal være mindst lige så mange timer som mindst.",
        "availableFrom,'',Vælg en mulighed.",
        "availableFrom,31-31-2026,Værdien har et forkert format.",
        "availableUntil,2026-12-01,Slutdatoen ligger før startdatoen.",
        "worksOnSite,false,Vælg mindst én måde at arbejde på.",
        "wantsJobShare,false,Vælg jobdeling, pulje eller begge.",
        "languages,xx,Vælg sprog fra listen."
    })
    void eachInvalidBasicsFieldIsExplainedNextToItAndNothingIsSaved(String field, String value, String message)
            throws Exception {
        long before = profiles.profileOf(accountId).version();
        var fields = FreelancerProfileIntegrationTest.validBasics(before);
        fields.put(field, value);
        var request = post("/profile/basics").with(csrf()).session(session);
        fields.forEach(request::param);
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", field))
                .andExpect(content().string(containsString("id=\"" + field + "-error\"")))
                .andExpect(content().string(containsString(message)));
        assertThat(profiles.profileOf(accountId).version()).isEqualTo(before);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "25:00-26:00|Ukendt klokkeslæt",
                "08:15-12:00|Tiden 08:15 ligger ikke på en hel eller halv time",
                "12:00-08:00|Sluttiden 08:00 ligger før starttiden 12:00",
                "08:00-12:00, 11:00-13:00|overlapper",
                "morgen|Kunne ikke læse"
            })
    void unreadableAvailabilityIsExplainedNextToTheDayAndWhatWasTypedIsKept(String typed, String message)
            throws Exception {
        mvc.perform(post("/profile/availability")
                        .with(csrf())
                        .session(session)
                        .param(
                                "version",
                                String.valueOf(profiles.profileOf(accountId).version()))
                        .param("day0", "08:00–12:00")
                        .param("day1", typed))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "day1"))
                .andExpect(content().string(containsString("id=\"day1-error\"")))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString(typed.replace("'", "&#39;"))));
        assertThat(profiles.profileOf(accountId).availability().isEmpty()).isTrue();
    }
}
