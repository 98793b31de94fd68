package dk.jobandel.pools.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.pools.MemberStatus;
import dk.jobandel.pools.Pools;
import dk.jobandel.pools.core.Viewer;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.testsupport.FixedClock;
import dk.jobandel.testsupport.SignedIn;
import dk.jobandel.testsupport.WebSliceTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pool and need forms with the real security rules: who gets in, errors next to their fields with nothing saved,
 * and the host field asked of whoever the pools module says names a host (not of whoever has a role).
 */
@WebSliceTest(PoolController.class)
@Import(FixedClock.class)
class PoolControllerTest {

    static final long BIRGITTE = 9;
    static final long POOL = 5;
    static final LocalDate TODAY = FixedClock.TODAY;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Pools pools;

    /** The acting person as the session says: a web slice has no members module. */
    @MockitoBean
    Actors actors;

    @Autowired
    ReferenceData referenceData;

    static Pools.Pool pool() {
        return new Pools.Pool(
                POOL,
                "Køkkenpuljen",
                3,
                "Andelskøkkenet",
                "Kokke til frokost",
                (short) 751,
                new BigDecimal("8.00"),
                30,
                new BigDecimal("4"),
                1,
                new BigDecimal("185.00"),
                new BigDecimal("12"));
    }

    @BeforeEach
    void birgittesCooperativeHostsThePool() {
        given(actors.of(any(SignedInMember.class))).willAnswer(call -> {
            SignedInMember member = call.getArgument(0);
            return member.consultant() ? Actor.consultant(member.accountId()) : Actor.person(member.accountId());
        });
        given(pools.listPage(any())).willReturn(new Pools.ListPage(List.of(), List.of(), List.of(), false));
        given(pools.overview(eq(Actor.person(BIRGITTE)), eq(POOL), any()))
                .willReturn(new Pools.Overview(
                        pool(),
                        new Viewer(3L, 1L, MemberStatus.APPROVED, true, false, true),
                        List.of(),
                        List.of(),
                        List.of(),
                        null));
    }

    static MockHttpServletRequestBuilder newPool(long accountId, String role, String name) {
        return post("/pools")
                .with(csrf())
                .with(SignedIn.as(accountId, role))
                .param("name", name)
                .param("purpose", "Kokke til frokost")
                .param("municipalityCode", "751")
                .param("feePercent", "8")
                .param("noticeDays", "30")
                .param("minHoursPerMember", "4")
                .param("hourlyWage", "185")
                .param("pensionPercent", "12");
    }

    static MockHttpServletRequestBuilder newNeed(String title) {
        return post("/pools/" + POOL + "/needs")
                .with(csrf())
                .with(SignedIn.as(BIRGITTE, "COOPERATIVE", "Birgitte Holm"))
                .param("title", title)
                .param("hoursPerWeek", "16")
                .param("municipalityCode", "751")
                .param("startDate", "2027-04-01")
                .param("day0", "08:00-16:00");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/pools")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/pools/" + POOL + "/needs").with(csrf()).param("title", "Kok"))
                .andExpect(redirectedUrl("/login"));
        then(pools).should(never()).postNeed(any(), anyLong(), any());
    }

    @Test
    void freelancersMayNotSeeOrChangePools() throws Exception {
        mvc.perform(get("/pools").with(SignedIn.as(7, "FREELANCER"))).andExpect(status().isForbidden());
        mvc.perform(newNeed("Kok").with(SignedIn.as(7, "FREELANCER"))).andExpect(status().isForbidden());
        then(pools).should(never()).postNeed(any(), anyLong(), any());
    }

    @Test
    void aNeedWithoutATitleComesBackWithTheMessageNextToTheFieldAndNothingIsPosted() throws Exception {
        mvc.perform(newNeed(""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-describedby=\"title-error\"")))
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("value=\"08:00-16:00\"")));
        then(pools).should(never()).postNeed(any(), anyLong(), any());
    }

    @Test
    void aValidNeedIsPostedAndTheBrowserSentToTheBoard() throws Exception {
        mvc.perform(newNeed("Kok til frokost"))
                .andExpect(redirectedUrl("/pools/" + POOL + "/needs"))
                .andExpect(flash().attribute("flash", "pool.need.posted"));
        then(pools).should().postNeed(eq(Actor.person(BIRGITTE)), eq(POOL), any());
    }

    @Test
    void aPoolWithoutANameComesBackWithTheMessageNextToTheField() throws Exception {
        mvc.perform(newPool(BIRGITTE, "COOPERATIVE", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(not(containsString("id=\"hostOrganisationId-error\""))));
        then(pools).should(never()).create(any(), any(), any());
    }

    @Test
    void whoeverThePoolsModuleSaysNamesAHostIsAskedForOne() throws Exception {
        given(pools.namesHost(Actor.consultant(1))).willReturn(true);
        given(pools.listPage(Actor.consultant(1)))
                .willReturn(new Pools.ListPage(List.of(), List.of(), List.of(), true));
        mvc.perform(newPool(1, "CONSULTANT", "Køkkenpuljen"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"hostOrganisationId-error\"")));
        then(pools).should(never()).create(any(), any(), any());
    }
}
