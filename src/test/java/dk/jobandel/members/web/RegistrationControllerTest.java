package dk.jobandel.members.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.RegistrationRefusedFixtures;
import dk.jobandel.shared.Municipality;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.testsupport.Texts;
import dk.jobandel.testsupport.WebSliceTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebSliceTest(RegistrationController.class)
class RegistrationControllerTest {

    private static final Municipality AARHUS = new Municipality((short) 751, "Aarhus", (short) 1082, 56.16, 10.16);

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @MockitoBean
    MemberRegistration registration;

    @Autowired
    ReferenceData referenceData;

    @BeforeEach
    void referenceData() {
        given(referenceData.municipalities()).willReturn(List.of(AARHUS));
        given(referenceData.municipality((short) 751)).willReturn(Optional.of(AARHUS));
    }

    /** A POST with CSRF token of the given fields (name, value, name, value …), one of them replaced. */
    static MockHttpServletRequestBuilder form(String url, String field, String value, String... fields) {
        var request = post(url).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i].equals(field) ? value : fields[i + 1]);
        }
        return request;
    }

    @Test
    void theChoiceBetweenFreelancerAndCooperativeIsPublicAndDanish() throws Exception {
        mvc.perform(get("/register"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                Texts.shown(messages, "register.freelancer.heading"))));
    }

    @Nested
    class Freelancer {

        MockHttpServletRequestBuilder validForm() {
            return formWith(null, null);
        }

        /** The valid form with one field changed. */
        MockHttpServletRequestBuilder formWith(String field, String value) {
            return form(
                    "/register/freelancer",
                    field,
                    value,
                    "displayName",
                    "Amira Nielsen",
                    "email",
                    "amira@example.dk",
                    "password",
                    "grøn cykel under æbletræet",
                    "passwordConfirmation",
                    "grøn cykel under æbletræet",
                    "consent",
                    "true");
        }

        @Test
        void aValidSignUpCreatesTheAccountAndSendsThePersonToLogin() throws Exception {
            mvc.perform(validForm())
                    .andExpect(redirectedUrl("/login"))
                    .andExpect(flash().attribute("flash", "registration.done.freelancer"));
            then(registration)
                    .should()
                    .signUpFreelancer(
                            new NewPerson(
                                    "Amira Nielsen",
                                    "amira@example.dk",
                                    "grøn cykel under æbletræet",
                                    java.util.Locale.of("da")),
                            "127.0.0.1");
        }

        @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
        @CsvSource({
            "displayName,'',NotBlank",
            "email,'',NotBlank",
            "email,not-an-email,Email",
            "password,kort,AcceptablePassword.tooShort",
            "password,password1,AcceptablePassword.common",
            "passwordConfirmation,noget andet helt,registration.password.mismatch",
            "consent,false,registration.consent.required"
        })
        void eachInvalidFieldIsExplainedNextToItAndNothingIsSaved(String field, String value, String messageKey)
                throws Exception {
            mvc.perform(formWith(field, value))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("form", field))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"" + field + "-error\"")))
                    .andExpect(
                            content().string(org.hamcrest.Matchers.containsString(Texts.shown(messages, messageKey))));
            then(registration).should(never()).signUpFreelancer(any(), any());
        }

        @Test
        void theFormKeepsWhatWasTypedButNeverSendsPasswordsBack() throws Exception {
            mvc.perform(formWith("email", "broken"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Amira Nielsen\"")))
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("æbletræet"))));
        }

        @Test
        void tooManySignUpsFromOneAddressAreExplainedAboveTheForm() throws Exception {
            willThrow(RegistrationRefusedFixtures.tooMany()).given(registration).signUpFreelancer(any(), any());
            mvc.perform(validForm())
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasErrors("form"))
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.containsString(
                                    Texts.shown(messages, "registration.tooMany"))))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Amira Nielsen\"")));
        }

        @Test
        void aTakenEmailIsExplainedNextToTheEmailField() throws Exception {
            willThrow(RegistrationRefusedFixtures.emailTaken())
                    .given(registration)
                    .signUpFreelancer(any(), any());
            mvc.perform(validForm())
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("form", "email", "registration.email.taken"));
        }

        @Test
        void withoutTheCsrfTokenTheRequestIsRefused() throws Exception {
            mvc.perform(post("/register/freelancer")
                            .param("displayName", "Amira")
                            .param("email", "amira@example.dk"))
                    .andExpect(status().isForbidden());
            then(registration).should(never()).signUpFreelancer(any(), any());
        }

        @Test
        void theFormIsShownInEnglishWhenTheVisitorChoseEnglish() throws Exception {
            mvc.perform(get("/register/freelancer").cookie(new jakarta.servlet.http.Cookie("JOBANDEL_LANG", "en")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign up as a freelancer")));
        }
    }

    @Nested
    class Cooperative {

        MockHttpServletRequestBuilder validForm() {
            return formWith(null, null);
        }

        /** The valid form with one field changed. */
        MockHttpServletRequestBuilder formWith(String field, String value) {
            return form(
                    "/register/cooperative",
                    field,
                    value,
                    "organisationName",
                    "Grøn Omstilling Kooperativ",
                    "cvr",
                    "6260 1817",
                    "organisationKind",
                    "COOPERATIVE",
                    "organisationType",
                    "WORKER_COOPERATIVE",
                    "municipalityCode",
                    "751",
                    "displayName",
                    "Anders Holm",
                    "email",
                    "anders@example.dk",
                    "password",
                    "grøn cykel under æbletræet",
                    "passwordConfirmation",
                    "grøn cykel under æbletræet",
                    "consent",
                    "true");
        }

        @Test
        void aValidSignUpRegistersTheOrganisationWithItsFirstStaffMember() throws Exception {
            mvc.perform(validForm())
                    .andExpect(redirectedUrl("/login"))
                    .andExpect(flash().attribute("flash", "registration.done.cooperative"));
            then(registration)
                    .should()
                    .signUpCooperative(
                            new NewOrganisation(
                                    "Grøn Omstilling Kooperativ",
                                    "6260 1817",
                                    dk.jobandel.members.OrganisationType.WORKER_COOPERATIVE,
                                    (short) 751),
                            new NewPerson(
                                    "Anders Holm",
                                    "anders@example.dk",
                                    "grøn cykel under æbletræet",
                                    java.util.Locale.of("da")),
                            "127.0.0.1");
        }

        @Test
        void aFirmSaysSoAtSignUp() throws Exception {
            mvc.perform(formWith("organisationKind", "FIRM")).andExpect(redirectedUrl("/login"));
            then(registration)
                    .should()
                    .signUpCooperative(
                            org.mockito.ArgumentMatchers.eq(new NewOrganisation(
                                    "Grøn Omstilling Kooperativ",
                                    "6260 1817",
                                    dk.jobandel.members.OrganisationType.WORKER_COOPERATIVE,
                                    dk.jobandel.members.OrganisationKind.FIRM,
                                    (short) 751)),
                            any(),
                            any());
        }

        @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
        @CsvSource({
            "organisationName,'',NotBlank",
            "cvr,'',NotBlank",
            "cvr,12345678,ValidCvr",
            "cvr,1234,ValidCvr",
            "organisationKind,'',NotNull",
            "organisationKind,SHOP,typeMismatch",
            "organisationType,'',NotNull",
            "organisationType,PARTNERSHIP,typeMismatch",
            "municipalityCode,'',NotNull",
            "municipalityCode,999,registration.municipality.unknown",
            "municipalityCode,abc,typeMismatch"
        })
        void eachInvalidFieldIsExplainedNextToItAndNothingIsSaved(String field, String value, String messageKey)
                throws Exception {
            mvc.perform(formWith(field, value))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("form", field))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"" + field + "-error\"")))
                    .andExpect(
                            content().string(org.hamcrest.Matchers.containsString(Texts.shown(messages, messageKey))));
            then(registration).should(never()).signUpCooperative(any(), any(), any());
        }

        @Test
        void aTakenCvrIsExplainedNextToTheCvrField() throws Exception {
            willThrow(RegistrationRefusedFixtures.cvrTaken())
                    .given(registration)
                    .signUpCooperative(any(), any(), any());
            mvc.perform(validForm())
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("form", "cvr", "registration.cvr.taken"))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Aarhus")));
        }
    }
}
