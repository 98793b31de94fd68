package dk.jobandel.agreements.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.agreements.Agreement;
import dk.jobandel.agreements.AgreementChanged;
import dk.jobandel.agreements.AgreementStatus;
import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.EndRefused;
import dk.jobandel.agreements.Terms;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.roles.PayKind;
import dk.jobandel.roles.WorkMode;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.FixedClock;
import dk.jobandel.testsupport.SignedIn;
import dk.jobandel.testsupport.WebSliceTest;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The end form: its errors next to the field, a clear conflict, and the redirect after success. */
@WebSliceTest(AgreementController.class)
@Import(FixedClock.class)
class AgreementControllerTest {

    static final long AMIRA = 7;
    static final LocalDate TODAY = FixedClock.TODAY;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Agreements agreements;

    /** The acting person as the session says: a web slice has no members module. */
    @MockitoBean
    Actors actors;

    @MockitoBean
    AuditTrail audit;

    @Autowired
    ReferenceData referenceData;

    static Agreement agreement(AgreementStatus status, long version) {
        return new Agreement(
                42,
                3,
                5,
                "Andelskøkkenet",
                null,
                LocalDate.of(2027, 1, 4),
                null,
                status,
                version,
                new Terms(
                        "Kok i frokostkantinen",
                        (short) 751,
                        WorkMode.ON_SITE,
                        30,
                        PayKind.HOURLY,
                        new BigDecimal("185.50"),
                        null,
                        new BigDecimal("12"),
                        true,
                        "",
                        false),
                List.of(new Agreement.Party(
                        AMIRA, "Amira Nielsen", "amira@example.dk", WeekGrid.parse("man 08:00–16:00"))),
                List.of(new Agreement.Person(9, "Birgitte Holm", "birgitte@example.dk")),
                Instant.parse("2027-01-01T10:00:00Z"));
    }

    @BeforeEach
    void anActiveAgreementOfAmiras() {
        given(actors.of(any(SignedInMember.class))).willAnswer(call -> {
            SignedInMember member = call.getArgument(0);
            return member.consultant() ? Actor.consultant(member.accountId()) : Actor.person(member.accountId());
        });
        given(agreements.byId(eq(42L), any())).willReturn(agreement(AgreementStatus.ACTIVE, 3));
        given(audit.timeline(Agreements.SUBJECT_TYPE, 42)).willReturn(List.of());
        given(referenceData.municipalityName((short) 751)).willReturn("Aarhus");
    }

    static MockHttpServletRequestBuilder end(String lastDay) {
        return post("/agreements/42/end")
                .with(csrf())
                .with(SignedIn.as(AMIRA, "FREELANCER", "Amira Nielsen"))
                .param("version", "3")
                .param("lastDay", lastDay)
                .param("reason", "Ny uddannelse");
    }

    @Test
    void aMissingDateIsShownNextToTheFieldAndNothingIsEnded() throws Exception {
        mvc.perform(end(""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-describedby=\"lastDay-error\"")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<small class=\"field-error\" id=\"lastDay-error\">Vælg den sidste arbejdsdag.</small>")))
                .andExpect(content().string(containsString("Ret venligst de felter")));
        then(agreements).should(never()).end(anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void aRefusedDateIsShownNextToTheFieldWithWhatWasTyped() throws Exception {
        willThrow(endRefused("agreement.end.beforeToday"))
                .given(agreements)
                .end(42, 3, Actor.person(AMIRA), TODAY.minusDays(1), "Ny uddannelse");
        mvc.perform(end(TODAY.minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Den sidste arbejdsdag kan tidligst være i dag.")))
                .andExpect(content().string(containsString("value=\"2027-03-09\"")))
                .andExpect(content().string(containsString("Ny uddannelse")));
    }

    @Test
    void aConflictSaysSoAndShowsTheAgreementAsItIsNow() throws Exception {
        willThrow(agreementChanged()).given(agreements).end(42, 3, Actor.person(AMIRA), TODAY, "Ny uddannelse");
        given(agreements.byId(eq(42L), any()))
                .willReturn(agreement(AgreementStatus.ACTIVE, 3), agreement(AgreementStatus.ENDED, 4));
        mvc.perform(end(TODAY.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nogen har ændret aftalen, mens du havde siden åben.")))
                .andExpect(content().string(containsString("Opsagt")))
                // ended meanwhile: no form to end it again
                .andExpect(content().string(not(containsString("Sidste arbejdsdag"))));
    }

    @Test
    void endingRedirectsToThePageWithAMessage() throws Exception {
        mvc.perform(end(TODAY.plusWeeks(4).toString()))
                .andExpect(redirectedUrl("/agreements/42"))
                .andExpect(flash().attribute("flash", "agreement.end.done"));
        then(agreements).should().end(42, 3, Actor.person(AMIRA), TODAY.plusWeeks(4), "Ny uddannelse");
    }

    @Test
    void consultantsMayNotEnd() throws Exception {
        mvc.perform(post("/agreements/42/end")
                        .with(csrf())
                        .with(SignedIn.as(1, "CONSULTANT"))
                        .param("version", "3")
                        .param("lastDay", TODAY.toString()))
                .andExpect(status().isForbidden());
    }

    /** The module's exceptions have package-private constructors: the service alone throws them. */
    private static EndRefused endRefused(String code) throws Exception {
        Constructor<EndRefused> constructor = EndRefused.class.getDeclaredConstructor(String.class);
        constructor.setAccessible(true);
        return constructor.newInstance(code);
    }

    private static AgreementChanged agreementChanged() throws Exception {
        Constructor<AgreementChanged> constructor = AgreementChanged.class.getDeclaredConstructor(long.class);
        constructor.setAccessible(true);
        return constructor.newInstance(42L);
    }
}
