package dk.jobandel.freelancers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The consultants' freelancer list: its columns, search and filters, and pages that one member reads about another. */
@ApplicationTest
class ConsultantFreelancerListIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    FreelancerProfiles profiles;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;
    Sessions.Member consultant;
    Sessions.Member olena;
    Sessions.Member bo;
    String tag;

    @BeforeEach
    void twoFreelancersAndAConsultant() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        tag = UUID.randomUUID().toString().substring(0, 8);
        olena = sessions.freelancer("Olena " + tag);
        bo = sessions.freelancer("Bo " + tag);
        consultant = sessions.consultant("Mette");
        olenasBasics(15, 30);
    }

    /** Olena saves her basics (in Aarhus, on site or hybrid, from 2027) with the weekly hours she wants. */
    void olenasBasics(int hoursMin, int hoursMax) throws Exception {
        mvc.perform(post("/profile/basics")
                        .with(csrf())
                        .session(olena.session())
                        .param(
                                "version",
                                String.valueOf(
                                        profiles.profileOf(olena.accountId()).version()))
                        .param("displayName", "Olena " + tag)
                        .param("municipalityCode", "751")
                        .param("travelKm", "25")
                        .param("worksOnSite", "true")
                        .param("worksHybrid", "true")
                        .param("desiredHoursMin", String.valueOf(hoursMin))
                        .param("desiredHoursMax", String.valueOf(hoursMax))
                        .param("availableFrom", "2027-01-04")
                        .param("languages", "da")
                        .param("wantsJobShare", "true"))
                .andExpect(status().is3xxRedirection());
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        var response =
                mvc.perform(request.session(consultant.session())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void theListShowsMunicipalityHoursAndCompletenessAndSearchesByNameAndMunicipality() throws Exception {
        String byName = page(get("/consultant/freelancers").param("q", "olena " + tag));
        assertThat(byName).contains("Olena " + tag).doesNotContain("Bo " + tag);
        assertThat(byName).contains("Aarhus").contains("15–30").contains("25 %");

        String inAarhus = page(get("/consultant/freelancers").param("q", tag).param("municipality", "751"));
        assertThat(inAarhus).contains("Olena " + tag).doesNotContain("Bo " + tag);

        String atLeast35 = page(get("/consultant/freelancers").param("q", tag).param("minHours", "35"));
        assertThat(atLeast35).doesNotContain("Olena " + tag).contains("Ingen freelancere passer til søgningen.");
    }

    @Test
    void rowsShownAgainAreTheSameAndAChangedRowShowsAtOnce() throws Exception {
        String first = rowsOf(page(get("/consultant/freelancers").param("q", tag)));
        String again = rowsOf(page(get("/consultant/freelancers").param("q", tag)));
        assertThat(again).isEqualTo(first).contains("Olena " + tag).contains("15–30");

        olenasBasics(20, 37);

        String changed = rowsOf(page(get("/consultant/freelancers").param("q", tag)));
        assertThat(changed).contains("20–37").doesNotContain("15–30");
        // the same rows in English: Bo's municipality is "Not given", not the Danish rows kept before
        assertThat(rowsOf(
                        page(get("/consultant/freelancers").param("q", tag).cookie(new Cookie("JOBANDEL_LANG", "en")))))
                .contains("Not given")
                .doesNotContain("Ikke angivet");
    }

    /** The table's rows, which the page keeps rendered for the data they show. */
    private static String rowsOf(String page) {
        return page.substring(page.indexOf("<tbody"), page.indexOf("</tbody>"));
    }

    @Autowired
    FreelancerList list;

    @Test
    void eachRowShowsThePersonsThreeHighestSkillsAndNoneForSomeoneWithout() {
        // Olena: five skills; the two at level 3 first (lower id first), then the highest of the rest
        for (int[] skill : new int[][] {{1, 1}, {2, 3}, {3, 2}, {4, 3}, {5, 1}}) {
            jdbc.sql("insert into freelancer_skill (account_id, skill_id, level) values (:id, :skill, :level)")
                    .param("id", olena.accountId())
                    .param("skill", skill[0])
                    .param("level", skill[1])
                    .update();
        }

        var rows = list.page(new FreelancerList.Filter(tag, null, null, null, false), 0, 50)
                .rows();

        assertThat(rows).extracting(FreelancerList.Row::displayName).containsExactly("Bo " + tag, "Olena " + tag);
        assertThat(rows.get(0).mainSkills()).isEmpty();
        assertThat(rows.get(1).mainSkills()).containsExactly((short) 2, (short) 4, (short) 3);
    }

    @Test
    void theSkillAndCompleteProfileFiltersKeepOnlyThoseTheyDescribeAloneAndTogether() throws Exception {
        // Olena: Bogføring (skill 1) and the rest of a complete profile, as her own pages would have saved them
        jdbc.sql("insert into freelancer_skill (account_id, skill_id, level) values (:id, 1, 2)")
                .param("id", olena.accountId())
                .update();
        jdbc.sql("update freelancer_profile set availability = decode(repeat('0f', 42), 'hex'),"
                        + " work_style = '{3,3,3,3,3,3,3,3,3,3}' where account_id = :id")
                .param("id", olena.accountId())
                .update();

        String bySkill = page(get("/consultant/freelancers").param("q", tag).param("skill", "1"));
        assertThat(bySkill).contains("Olena " + tag).doesNotContain("Bo " + tag);

        String complete = page(get("/consultant/freelancers").param("q", tag).param("complete", "on"));
        assertThat(complete).contains("Olena " + tag).contains("100 %").doesNotContain("Bo " + tag);

        String everything = page(get("/consultant/freelancers")
                .param("q", tag)
                .param("municipality", "751")
                .param("skill", "1")
                .param("minHours", "30")
                .param("complete", "on"));
        assertThat(everything).contains("Olena " + tag).doesNotContain("Bo " + tag);

        String tooMany = page(get("/consultant/freelancers")
                .param("q", tag)
                .param("skill", "1")
                .param("minHours", "31"));
        assertThat(tooMany).doesNotContain("Olena " + tag).contains("Ingen freelancere passer til søgningen.");
    }

    @Test
    void junkInTheFiltersIsShownBesideTheFieldAndKeptNeverAServerError() throws Exception {
        String junk = page(get("/consultant/freelancers")
                .param("q", tag)
                .param("municipality", "99999")
                .param("skill", "abc")
                .param("minHours", "tre")
                .param("page", "-7"));
        assertThat(junk)
                .contains("Vælg en kommune fra listen.")
                .contains("Vælg en kompetence fra listen.")
                .contains("Skriv et helt antal timer fra 1 til 48.")
                .contains("value=\"tre\"")
                .contains("Olena " + tag)
                .contains("Bo " + tag);
        page(get("/consultant/freelancers").param("page", "x".repeat(500)));
        page(get("/consultant/freelancers").param("q", "%_\\'"));
    }

    @Test
    void othersAreNotTheFreelancersOwnersOrCooperatives() throws Exception {
        mvc.perform(get("/consultant/freelancers").session(olena.session())).andExpect(status().isForbidden());
    }

    /**
     * The class of mistake "Din profil" on a page a consultant reads about a freelancer: the main part of every such
     * page is written about the person, in the third person, never to the reader as "du"/"din"/"dine"/"dit".
     */
    @Test
    void aConsultantReadingAFreelancersProfileReadsAboutThePersonNotAboutThemselves() throws Exception {
        Pattern secondPerson = Pattern.compile("(?i)\\b(du|din|dine|dit|dig|your|you)\\b");
        for (String path : new String[] {
            "/consultant/freelancers/" + olena.accountId(), "/consultant/freelancers/" + bo.accountId()
        }) {
            for (String language : new String[] {"da", "en"}) {
                String html = page(get(path).cookie(new Cookie("JOBANDEL_LANG", language)));
                String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"))
                        .replaceAll("(?s)<[^>]*>", " ");
                var found = secondPerson.matcher(main);
                assertThat(found.find())
                        .as(path + " (" + language + ") speaks to the reader: …"
                                + (found.hitEnd()
                                        ? ""
                                        : main.substring(
                                                Math.max(0, found.start() - 60),
                                                Math.min(main.length(), found.end() + 40)))
                                + "…")
                        .isFalse();
                assertThat(html).doesNotContain("<title>Din profil").doesNotContain("<title>Your profile");
                assertThat(main).as("a message key instead of its text").doesNotContain("??");
            }
        }
    }
}
