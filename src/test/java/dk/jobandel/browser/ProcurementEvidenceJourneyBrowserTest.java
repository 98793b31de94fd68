package dk.jobandel.browser;

import static dk.jobandel.agreements.AgreementFixtures.week;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.agreements.AgreementFixtures;
import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.Creation;
import dk.jobandel.agreements.NewAgreement;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The remaining parts of issue 16 in a browser, each page checked with axe and photographed: the contract form showing
 * which EU threshold applies, a firm's field and area, "Udbud for jer" with interest, a person's consent page, and the
 * contract page with hours from bookings.
 */
@BrowserTest
class ProcurementEvidenceJourneyBrowserTest {

    private static final String PASSWORD = Sessions.PASSWORD;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SharedRoles roles;

    @Autowired
    Agreements agreements;

    @Autowired
    JdbcClient jdbc;

    private static void logIn(Browser browser, String email) {
        browser.open("/login");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.press("Log ind");
    }

    private static void setDate(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
    }

    @Test
    void thresholdsProfilesConsentAndHoursFromBookings(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Rengøring af skoler " + suffix;
        String buyer = Sessions.uniqueEmail("indkob");
        organisations.verify(registration.registerCooperative(
                new NewOrganisation(
                        "Aarhus Kommune " + suffix,
                        Sessions.uniqueCvr(),
                        OrganisationType.MUNICIPALITY,
                        OrganisationKind.MUNICIPALITY,
                        (short) 751),
                new NewPerson("Ida Indkøb", buyer, PASSWORD, Locale.of("da"))));
        String firmEmail = Sessions.uniqueEmail("firma");
        organisations.verify(registration.registerCooperative(
                new NewOrganisation(
                        "Skinnende Kontorer " + suffix,
                        Sessions.uniqueCvr(),
                        OrganisationType.OTHER_COOPERATIVE,
                        OrganisationKind.FIRM,
                        (short) 751),
                new NewPerson("Frank Firma", firmEmail, PASSWORD, Locale.of("da"))));
        // a cooperative that employs Amira through a Jobandel agreement, begun four Mondays ago
        var fixtures = new AgreementFixtures(registration, organisations, roles);
        var coop = fixtures.cooperative("Andelsrengøring " + suffix);
        String amiraEmail = Sessions.uniqueEmail("amira");
        long amira = fixtures.freelancer("Amira Nielsen", amiraEmail);
        LocalDate monday = AgreementFixtures.nextMonday();
        long agreement = ((Creation.Created) agreements.create(new NewAgreement(
                        fixtures.role(coop, "Rengøringsassistent"),
                        null,
                        monday,
                        null,
                        List.of(new NewAgreement.Party(amira, week("man 08:00–16:00"))),
                        coop.staffId())))
                .agreementId();
        LocalDate start = monday.minusWeeks(4);
        jdbc.sql("update agreement set start_date = :s where id = :id")
                .param("s", Date.valueOf(start))
                .param("id", agreement)
                .update();
        jdbc.sql("update booking set period = daterange(cast(:s as date), upper(period)) where agreement_id = :id")
                .param("s", Date.valueOf(start))
                .param("id", agreement)
                .update();

        // the buyer's contract form says which threshold applies once the service is chosen
        logIn(browser, buyer);
        browser.open("/procurement/contracts/new");
        browser.choose("service", "Rengøring");
        browser.type("estimatedValueDkk", "2400000");
        setDate(browser, "startsOn", start);
        setDate(browser, "endsOn", start.plusYears(1).minusDays(1));
        browser.choose("municipalityCode", "Aarhus");
        browser.check("aboveEuThreshold2");
        browser.press("Gem som kladde");
        assertThat(browser.errorOf("title")).isNotEmpty();
        assertThat(browser.text())
                .contains("tærskelværdien for varer og tjenesteydelser: 216.000 euro")
                .contains("Den anslåede værdi på 2.400.000 kr. er over tærskelværdien.")
                .contains("I har svaret nej til, at kontrakten er over tærskelværdien");
        browser.checkPage("contract-form-threshold");
        browser.type("title", title);
        browser.press("Gem som kladde");
        assertThat(browser.text()).contains("Kontrakten er gemt som kladde.").contains("Overvej disse valg");
        browser.choose("templateId", "Timer udført af personer fra målgrupper (timer)");
        browser.type("target", "2000");
        browser.press("Tilføj klausulen");
        browser.press("Send i udbud");
        assertThat(browser.text()).contains("Kontrakten er i udbud.");
        browser.press("Log ud");

        // the firm gives its field and area, sees the tender under "Udbud for jer" and shows interest
        logIn(browser, firmEmail);
        browser.follow("Socialt indkøb");
        browser.follow("Vores fag og område");
        browser.press("Gem fag og område");
        assertThat(browser.errorOf("services")).isNotEmpty();
        browser.checkPage("supplier-profile-errors");
        browser.check("services1");
        browser.check("regions2");
        browser.press("Gem fag og område");
        assertThat(browser.text()).contains("Jeres fag og område er gemt.");
        browser.checkPage("supplier-profile");
        browser.follow("Socialt indkøb");
        assertThat(browser.text()).contains("Udbud for jer").contains(title);
        browser.checkPage("tenders-for-you");
        browser.follow(title);
        browser.type("note", "Vi gør rent på skoler i hele regionen.");
        browser.press("Vis interesse");
        assertThat(browser.text()).contains("Jeres interesse er registreret.");
        browser.press("Log ud");

        // the cooperative won it (the award is in the other journey): it links Amira's agreement to the hours clause
        long contract = jdbc.sql("select id from procurement_contract where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        update procurement_contract set status = 'AWARDED', supplier_organisation_id = :coop,
                            awarded_on = :s where id = :id
                        """)
                .param("coop", coop.organisationId())
                .param("s", Date.valueOf(start))
                .param("id", contract)
                .update();
        jdbc.sql("update contract_clause set committed_value = 2000 where contract_id = :id")
                .param("id", contract)
                .update();
        logIn(browser, coop.staffEmail());
        browser.open("/procurement/contracts/" + contract);
        browser.choose(
                "evidence-placement",
                "Amira Nielsen – Rengøringsassistent (fra " + start.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                        + ")");
        browser.press("Knyt aftalen til klausulen");
        assertThat(browser.text()).contains("Aftalen er knyttet til klausulen").contains("Venter på samtykke");
        browser.checkPage("evidence-waiting-for-consent");
        browser.press("Log ud");

        // Amira consents on her own page
        logIn(browser, amiraEmail);
        browser.open("/procurement/consents");
        assertThat(browser.text()).contains(title).contains("Venter på dit svar");
        browser.checkPage("consent-page");
        browser.press("Jeg giver samtykke");
        assertThat(browser.text()).contains("Du har givet samtykke");
        browser.press("Log ud");

        // the municipality sees the quarter's hours from the bookings
        logIn(browser, buyer);
        browser.open("/procurement/contracts/" + contract);
        assertThat(browser.text())
                .contains("fra bookinger 32,0 t, kontraktform: Rengøringsassistent, timeløn")
                .contains("Lovet og leveret");
        browser.checkPage("report-with-booked-hours");
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('evidence-heading').scrollIntoView()");
        browser.screenshot("booked-evidence");
    }
}
