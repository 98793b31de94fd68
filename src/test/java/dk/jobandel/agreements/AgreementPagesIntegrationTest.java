package dk.jobandel.agreements;

import static dk.jobandel.agreements.AgreementFixtures.week;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.agreements.Creation.Created;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The agreement's page, ending it, its calendar file and the dashboard panel, as members see them: who gets what on
 * every route. The people and their agreement are made once for the class: every test but one only reads the
 * agreement or is refused, and the one that ends an agreement ends one of its own, with the same people and terms a
 * year later.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementPagesIntegrationTest {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SharedRoles roles;

    @Autowired
    Agreements agreements;

    Sessions sessions;
    Sessions.Member amira;
    Sessions.Member bo;
    Sessions.Cooperative coop;
    AgreementFixtures fixtures;
    long id;
    LocalDate start;
    LocalDate lastDay;

    @BeforeAll
    void anAgreementBetweenACooperativeAndTwoFreelancers() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        coop = sessions.cooperative("Andelskøkkenet", true);
        amira = sessions.freelancer("Amira Nielsen");
        bo = sessions.freelancer("Bo Jensen");
        fixtures = new AgreementFixtures(registration, organisations, roles);
        // from the first Monday of next January to the end of August: across the change to summer time
        start = firstMondayOfJanuary(1);
        lastDay = endOfAugust(start);
        id = agreement(start, lastDay);
    }

    private static LocalDate firstMondayOfJanuary(int yearsAhead) {
        return LocalDate.now(COPENHAGEN)
                .plusYears(yearsAhead)
                .withDayOfYear(1)
                .with(TemporalAdjusters.firstInMonth(java.time.DayOfWeek.MONDAY));
    }

    private static LocalDate endOfAugust(LocalDate start) {
        return start.withMonth(8).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** Amira's and Bo's agreement with the cooperative, for a new role of the same title and terms. */
    private long agreement(LocalDate start, LocalDate lastDay) {
        long role = fixtures.role(
                new AgreementFixtures.Cooperative(
                        coop.organisationId(),
                        coop.staff().accountId(),
                        coop.staff().email()),
                "Kok i frokostkantinen");
        Creation creation = agreements.create(new NewAgreement(
                role,
                null,
                start,
                lastDay,
                List.of(
                        new NewAgreement.Party(
                                amira.accountId(), week("man 08:00–16:00, tir 08:00–16:00, ons 08:00–12:30")),
                        new NewAgreement.Party(
                                bo.accountId(), week("ons 12:00–16:00, tor 08:00–16:00, fre 08:00–16:00"))),
                coop.staff().accountId()));
        return ((Created) creation).agreementId();
    }

    @Test
    void thePeopleInTheAgreementAndConsultantsSeeItsPage() throws Exception {
        for (MockHttpSession party :
                List.of(amira.session(), bo.session(), coop.staff().session())) {
            mvc.perform(get("/agreements/" + id).session(party))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Aftale: Kok i frokostkantinen hos Andelskøkkenet")))
                    .andExpect(content().string(containsString("Amira Nielsen")))
                    .andExpect(content().string(containsString("Bo Jensen")))
                    .andExpect(content().string(containsString("20,5 timer om ugen")))
                    .andExpect(content().string(containsString("185,50 kr. i timen")))
                    .andExpect(content().string(containsString("Oprettet: Aktiv")))
                    .andExpect(content().string(containsString("Opsig aftalen")));
        }
        mvc.perform(get("/agreements/" + id)
                        .session(sessions.consultant("Mette").session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Amira Nielsen")))
                .andExpect(content().string(not(containsString("Sidste arbejdsdag"))));
    }

    @Test
    void everybodyElseFindsNothingOnAnyRoute() throws Exception {
        MockHttpSession stranger = sessions.freelancer("Fremmed").session();
        MockHttpSession otherCoop =
                sessions.cooperative("Solsikken", true).staff().session();
        for (MockHttpSession outsider : List.of(stranger, otherCoop)) {
            mvc.perform(get("/agreements/" + id).session(outsider)).andExpect(status().isNotFound());
            mvc.perform(get("/agreements/" + id + "/calendar.ics").session(outsider))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/agreements/" + id + "/end")
                            .with(csrf())
                            .session(outsider)
                            .param("version", "0")
                            .param("lastDay", lastDay.toString()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/agreements/999999999").session(amira.session())).andExpect(status().isNotFound());
        // consultants read, but ending is for the parties
        mvc.perform(post("/agreements/" + id + "/end")
                        .with(csrf())
                        .session(sessions.consultant("Mette").session())
                        .param("version", "0")
                        .param("lastDay", lastDay.toString()))
                .andExpect(status().isForbidden());
        // nothing ended on the way
        mvc.perform(get("/agreements/" + id).session(amira.session()))
                .andExpect(content().string(containsString("Aktiv")))
                .andExpect(content().string(not(containsString("Opsagt"))));
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() throws Exception {
        mvc.perform(get("/agreements/" + id)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/agreements/" + id + "/calendar.ics")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/agreements/" + id + "/end").with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aFreelancerEndsTheAgreementAndEveryoneSeesTheHistory() throws Exception {
        // not the shared agreement, which the other tests see active: the same one a year after it
        LocalDate yearAfter = firstMondayOfJanuary(2);
        long own = agreement(yearAfter, endOfAugust(yearAfter));
        LocalDate earlier = endOfAugust(yearAfter).minusMonths(2);
        mvc.perform(post("/agreements/" + own + "/end")
                        .with(csrf())
                        .session(bo.session())
                        .param("version", "0")
                        .param("lastDay", earlier.toString())
                        .param("reason", "Jeg flytter til Aalborg"))
                .andExpect(redirectedUrl("/agreements/" + own))
                .andExpect(flash().attribute("flash", "agreement.end.done"));
        mvc.perform(get("/agreements/" + own).session(coop.staff().session()))
                .andExpect(content().string(containsString("Opsagt")))
                .andExpect(content().string(containsString("Aktiv → Opsagt")))
                .andExpect(content().string(containsString("af Bo Jensen")))
                .andExpect(content().string(containsString("Begrundelse: Jeg flytter til Aalborg")))
                .andExpect(content().string(not(containsString("Sidste arbejdsdag"))));

        // a second tab still showing version 0
        mvc.perform(post("/agreements/" + own + "/end")
                        .with(csrf())
                        .session(amira.session())
                        .param("version", "0")
                        .param("lastDay", earlier.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nogen har ændret aftalen")));
    }

    @Test
    void theEndFormShowsItsErrorsNextToTheField() throws Exception {
        mvc.perform(post("/agreements/" + id + "/end")
                        .with(csrf())
                        .session(amira.session())
                        .param("version", "0")
                        .param("lastDay", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lastDay-error\"")))
                .andExpect(content().string(containsString("Vælg den sidste arbejdsdag.")));
        mvc.perform(post("/agreements/" + id + "/end")
                        .with(csrf())
                        .session(amira.session())
                        .param("version", "0")
                        .param("lastDay", lastDay.plusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("den sidste arbejdsdag kan ikke flyttes senere")));
    }

    @Test
    void eachPartyDownloadsTheScheduleAsAWeeklyCalendar() throws Exception {
        String own = mvc.perform(get("/agreements/" + id + "/calendar.ics").session(amira.session()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(own));
        calendar.validate();
        assertThat(calendar.getComponent("VTIMEZONE")
                        .orElseThrow()
                        .getProperty("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/Copenhagen");
        List<VEvent> events = calendar.getComponents("VEVENT");
        // Amira's own three runs: Monday, Tuesday, Wednesday; nobody else's
        assertThat(events).hasSize(3);
        assertThat(own).doesNotContain("Bo Jensen").contains("DTSTART;TZID=Europe/Copenhagen:");
        ZonedDateTime lastMoment = lastDay.atTime(LocalTime.of(23, 59, 59)).atZone(COPENHAGEN);
        for (VEvent event : events) {
            assertThat(event.getProperty("RRULE").orElseThrow().getValue())
                    .isEqualTo("FREQ=WEEKLY;UNTIL="
                            + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                                    .format(lastMoment.withZoneSameInstant(ZoneOffset.UTC)));
            assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Kok i frokostkantinen");
        }
        VEvent monday = events.stream()
                .filter(e -> e.getProperty("DTSTART").orElseThrow().getValue().endsWith("T080000")
                        && e.getProperty("UID").orElseThrow().getValue().contains("monday"))
                .findFirst()
                .orElseThrow();
        var occurrences = monday.calculateRecurrenceSet(new Period<>(
                start.minusDays(1).atStartOfDay(COPENHAGEN),
                lastDay.plusWeeks(2).atStartOfDay(COPENHAGEN)));
        List<ZonedDateTime> starts = occurrences.stream()
                .map(p -> ZonedDateTime.from(p.getStart()))
                .sorted()
                .toList();
        // every Monday from the start to the last day, 08:00 Danish time in winter (+01:00) and summer (+02:00)
        assertThat(starts.getFirst().toLocalDateTime()).isEqualTo(start.atTime(8, 0));
        assertThat(starts.getFirst().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(starts.getLast().toLocalDate())
                .isEqualTo(lastDay.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
        assertThat(starts.getLast().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(starts.getLast().toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(starts).hasSize((int) java.time.temporal.ChronoUnit.WEEKS.between(start, lastDay) + 1);

        // the cooperative's calendar holds everybody, with names
        String everybody = mvc.perform(get("/agreements/" + id + "/calendar.ics")
                        .session(coop.staff().session()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Calendar all = new CalendarBuilder().build(new StringReader(everybody));
        assertThat(all.getComponents("VEVENT")).hasSize(6);
        assertThat(everybody).contains("Kok i frokostkantinen – Bo Jensen", "Kok i frokostkantinen – Amira Nielsen");
    }

    @Test
    void theDashboardListsTheMembersAgreements() throws Exception {
        for (MockHttpSession party : List.of(amira.session(), coop.staff().session())) {
            mvc.perform(get("/dashboard").session(party))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"/agreements/" + id + "\"")));
        }
        mvc.perform(get("/dashboard").session(sessions.freelancer("Fremmed").session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Du har ingen aftaler endnu")))
                .andExpect(content().string(not(containsString("/agreements/" + id))));
    }
}
