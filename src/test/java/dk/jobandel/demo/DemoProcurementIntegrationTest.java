package dk.jobandel.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's social procurement: two municipalities, four contracts in every state, one followed up. */
@ApplicationTest
@ActiveProfiles("demo")
class DemoProcurementIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Value("${jobandel.demo.password}")
    String password;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void twoMunicipalitiesFourContractsInEveryStateAndTheLibrary() throws Exception {
        assertThat(
                        count(
                                "select count(*) from organisation where kind = 'MUNICIPALITY' and verification_status = 'VERIFIED'"))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select status from procurement_contract")
                        .query(String.class)
                        .list())
                .hasSizeGreaterThanOrEqualTo(4)
                .contains("DRAFT", "PUBLISHED", "AWARDED");
        assertThat(count("select count(*) from clause_template")).isBetween(8L, 10L);
        assertThat(count("select count(*) from clause_report")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from knowledge_article")).isGreaterThanOrEqualTo(3);

        long cleaning = jdbc.sql(
                        "select id from procurement_contract where title = 'Rengøring af skoler i Aarhus Vest'")
                .query(Long.class)
                .single();
        var aarhus = new Sessions(mvc, registration, organisations).login(DemoProcurement.AARHUS_LOGIN, password);
        mvc.perform(get("/procurement/contracts/{id}", cleaning).session(aarhus))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Lovet og leveret pr. mål"),
                                containsString("Rent Rummeligt Aarhus"),
                                containsString("forsinket"),
                                // the third quarter's hours from a consented agreement's bookings
                                containsString("fra bookinger"),
                                containsString("kontraktform: Rengøringsassistent på skoler, timeløn"))));
        long parks = jdbc.sql("select id from procurement_contract where title = 'Grøn pleje af byens parker'")
                .query(Long.class)
                .single();
        var silkeborg = new Sessions(mvc, registration, organisations).login(DemoProcurement.SILKEBORG_LOGIN, password);
        mvc.perform(get("/procurement/contracts/{id}", parks).session(silkeborg))
                .andExpect(content().string(containsString("Reservation efter § 190 gælder kun visse")));
    }
}
