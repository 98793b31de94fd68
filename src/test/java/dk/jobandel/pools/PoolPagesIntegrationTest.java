package dk.jobandel.pools;

import static dk.jobandel.pools.PoolFixtures.details;
import static dk.jobandel.pools.PoolFixtures.need;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pool pages as each kind of visitor meets them: every route for anonymous visitors, freelancers, another
 * pool's members, the pool's members, its host and consultants; and the forms' errors next to their fields.
 */
@ApplicationTest
class PoolPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    FreelancerProfiles profiles;

    @Autowired
    Pools pools;

    @Autowired
    Actors actors;

    Sessions sessions;
    Sessions.Cooperative host;
    Sessions.Cooperative member;
    Sessions.Cooperative outsider;
    Sessions.Member freelancer;
    Sessions.Member consultant;
    long poolId;
    long needId;
    long memberId;
    String poolName;

    @BeforeEach
    void aPoolWithAMemberANeedAndPeopleAround() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        host = sessions.cooperative("Værten", true);
        member = sessions.cooperative("Medlemmet", true);
        outsider = sessions.cooperative("Udenfor", true);
        freelancer = sessions.freelancer("Frida Fri");
        consultant = sessions.consultant("Mette Lund");
        poolName = "Pulje " + UUID.randomUUID();
        poolId = pools.create(actors.of(host.staff().accountId()), null, details(poolName));
        pools.create(actors.of(outsider.staff().accountId()), null, details("Anden " + UUID.randomUUID()));
        pools.apply(actors.of(member.staff().accountId()), poolId);
        Pools.Member application =
                pools.overview(actors.of(host.staff().accountId()), poolId, LocalDate.now()).members().stream()
                        .filter(m -> m.organisationId() == member.organisationId())
                        .findFirst()
                        .orElseThrow();
        memberId = application.id();
        pools.approve(actors.of(host.staff().accountId()), poolId, memberId, application.version());
        needId = pools.postNeed(
                actors.of(member.staff().accountId()), poolId, need("Hemmelig opgave", DayOfWeek.MONDAY, 8, 12, "4"));
        PoolFixtures.wantsPoolWork(profiles, freelancer.accountId(), "Frida Fri", 20, 30);
    }

    private List<MockHttpServletRequestBuilder> everyRoute() {
        String base = "/pools/" + poolId;
        return List.of(
                get("/pools"),
                post("/pools").with(csrf()).param("name", "X"),
                get(base),
                post(base + "/apply").with(csrf()),
                post(base + "/members/" + memberId + "/approve").with(csrf()).param("version", "1"),
                post(base + "/members/" + memberId + "/reject").with(csrf()).param("version", "1"),
                post(base + "/leave").with(csrf()),
                post(base + "/workers").with(csrf()).param("freelancerId", String.valueOf(freelancer.accountId())),
                post(base + "/workers/" + freelancer.accountId() + "/remove").with(csrf()),
                get(base + "/needs"),
                post(base + "/needs").with(csrf()).param("title", "X"),
                get("/pools/skills/suggestions").param("skillSearch", "bogf"),
                get(base + "/needs/" + needId + "/edit"),
                post(base + "/needs/" + needId + "/edit").with(csrf()).param("title", "X"),
                post(base + "/needs/" + needId + "/withdraw").with(csrf()).param("version", "0"));
    }

    @Test
    void anonymousVisitorsAreSentToLogInAndFreelancersAreRefusedOnEveryRoute() throws Exception {
        for (MockHttpServletRequestBuilder route : everyRoute()) {
            mvc.perform(route).andExpect(redirectedUrl("/login"));
        }
        for (MockHttpServletRequestBuilder route : everyRoute()) {
            mvc.perform(route.session(freelancer.session())).andExpect(status().isForbidden());
        }
        assertThat(pools.needs(actors.of(host.staff().accountId()), poolId))
                .singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(NeedStatus.OPEN));
    }

    @Test
    void anotherOrganisationSeesThePoolToApplyButNothingInsideIt() throws Exception {
        MockHttpSession other = outsider.staff().session();
        String base = "/pools/" + poolId;
        mvc.perform(get(base).session(other))
                .andExpect(status().isOk())
                // the tab says which pool (issue 20)
                .andExpect(content().string(containsString("<title>" + poolName + " · Puljer · Jobandel</title>")))
                .andExpect(content().string(containsString(poolName)))
                .andExpect(content().string(containsString("Søg om at komme med")))
                .andExpect(content().string(not(containsString("Hemmelig opgave"))))
                .andExpect(content().string(not(containsString("Dækning i denne uge"))));
        mvc.perform(get("/pools").session(other))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(poolName)));
        mvc.perform(get(base + "/needs").session(other)).andExpect(status().isNotFound());
        mvc.perform(get(base + "/needs/" + needId + "/edit").session(other)).andExpect(status().isNotFound());
        mvc.perform(post(base + "/needs").session(other).with(csrf()).param("title", "Snyd"))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/needs/" + needId + "/edit")
                        .session(other)
                        .with(csrf())
                        .param("title", "Snyd"))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/needs/" + needId + "/withdraw")
                        .session(other)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/members/" + memberId + "/reject")
                        .session(other)
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/workers")
                        .session(other)
                        .with(csrf())
                        .param("freelancerId", String.valueOf(freelancer.accountId())))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/workers/" + freelancer.accountId() + "/remove")
                        .session(other)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/leave").session(other).with(csrf())).andExpect(status().isNotFound());
        // a member that is not the host neither decides nor manages workers, nor edits another member's need
        MockHttpSession inside = member.staff().session();
        mvc.perform(post(base + "/members/" + memberId + "/reject")
                        .session(inside)
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/workers")
                        .session(inside)
                        .with(csrf())
                        .param("freelancerId", String.valueOf(freelancer.accountId())))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + "/needs/" + needId + "/edit")
                        .session(host.staff().session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/pools/999999").session(inside)).andExpect(status().isNotFound());
        assertThat(pools.needs(actors.of(host.staff().accountId()), poolId)).hasSize(1);
    }

    @Test
    void membersAndConsultantsSeeTheNeedsAndTheHostManagesWorkers() throws Exception {
        String base = "/pools/" + poolId;
        mvc.perform(get(base + "/needs").session(member.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hemmelig opgave")))
                .andExpect(content().string(containsString("man 08:00–12:00")))
                .andExpect(content().string(containsString("Slå et behov op")));
        mvc.perform(get(base + "/needs").session(consultant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hemmelig opgave")))
                .andExpect(content().string(not(containsString("Slå et behov op"))));
        mvc.perform(get(base).session(host.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0,0 af 4,0 timer dækket (0 %)")))
                .andExpect(content().string(containsString("Frida Fri (20–30 timer)")));
        mvc.perform(post(base + "/workers")
                        .session(host.staff().session())
                        .with(csrf())
                        .param("freelancerId", String.valueOf(freelancer.accountId())))
                .andExpect(redirectedUrl(base));
        mvc.perform(get(base).session(member.staff().session()))
                .andExpect(content().string(containsString("ønsker 20–30 timer om ugen")));
        mvc.perform(get("/dashboard").session(host.staff().session()))
                .andExpect(content().string(containsString(poolName)));
    }

    @Test
    void formsShowTheirErrorsNextToTheFields() throws Exception {
        String base = "/pools/" + poolId;
        mvc.perform(post(base + "/needs")
                        .session(member.staff().session())
                        .with(csrf())
                        .param("title", "Kasse")
                        .param("day0", "08:00–12:00")
                        .param("hoursPerWeek", "6")
                        .param("municipalityCode", "751")
                        .param("startDate", "2026-12-01")
                        .param("endDate", "2026-11-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"hoursPerWeek-error\"")))
                .andExpect(content().string(containsString("Tidsrummet rummer kun 4 timer.")))
                .andExpect(content().string(containsString("id=\"endDate-error\"")));
        mvc.perform(post(base + "/needs")
                        .session(member.staff().session())
                        .with(csrf())
                        .param("title", "")
                        .param("day2", "25:00-26:00")
                        .param("hoursPerWeek", "mange")
                        .param("startDate", "2026-12-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("id=\"day2-error\"")))
                .andExpect(content().string(containsString("Skriv et tal, fx 12,5.")))
                .andExpect(content().string(containsString("Vælg en kommune, eller sæt kryds ved fjernarbejde.")));
        mvc.perform(post("/pools")
                        .session(member.staff().session())
                        .with(csrf())
                        .param("name", poolName)
                        .param("municipalityCode", "751")
                        .param("feePercent", "120")
                        .param("noticeDays", "30")
                        .param("minHoursPerMember", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"feePercent-error\"")));
        mvc.perform(post("/pools")
                        .session(member.staff().session())
                        .with(csrf())
                        .param("name", poolName)
                        .param("municipalityCode", "751")
                        .param("feePercent", "8,5")
                        .param("noticeDays", "30")
                        .param("minHoursPerMember", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Der findes allerede en pulje med det navn.")));
        // a good need is posted and shown, and remote needs no municipality
        mvc.perform(post(base + "/needs")
                        .session(member.staff().session())
                        .with(csrf())
                        .param("title", "Support")
                        .param("day1", "09:00–13:00")
                        .param("hoursPerWeek", "3,5")
                        .param("remote", "true")
                        .param("startDate", "2026-12-01"))
                .andExpect(redirectedUrl(base + "/needs"));
        assertThat(pools.needs(actors.of(member.staff().accountId()), poolId)).anySatisfy(n -> {
            assertThat(n.title()).isEqualTo("Support");
            assertThat(n.remote()).isTrue();
            assertThat(n.hoursPerWeek()).isEqualByComparingTo("3.5");
        });
    }
}
