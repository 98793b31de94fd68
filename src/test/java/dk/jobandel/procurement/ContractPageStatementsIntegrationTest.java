package dk.jobandel.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.Organisations;
import dk.jobandel.platform.database.SqlStatements;
import dk.jobandel.platform.database.SqlStatements.Store;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The contract page costs a fixed number of statements: the demo's laundry contract read by Silkeborg before and after
 * it gets more reports and dialogue notes costs the same.
 */
@ApplicationTest
@ActiveProfiles("demo")
class ContractPageStatementsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SqlStatements statements;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    MemberDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContractFollowUp followUp;

    @Autowired
    Contracts contracts;

    @Value("${jobandel.demo.password}")
    String password;

    private long cost(MockHttpSession session, String page) throws Exception {
        mvc.perform(get(page).session(session));
        long before = statements.count(Store.APP);
        assertThat(mvc.perform(get(page).session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        return statements.count(Store.APP) - before;
    }

    @Test
    void theContractPageCostsTheSameWithMoreReportsAndNotes() throws Exception {
        long laundry = jdbc.sql("select id from procurement_contract where title = 'Vask af linned til plejecentre'")
                .query(Long.class)
                .single();
        String page = "/procurement/contracts/" + laundry;
        MockHttpSession silkeborg =
                new Sessions(mvc, registration, organisations).login("indkob@silkeborg.demo.jobandel.dk", password);
        long asMunicipality = cost(silkeborg, page);
        MockHttpSession supplier = new Sessions(mvc, registration, organisations)
                .login("birgitte@rent-rummeligt.demo.jobandel.dk", password);
        long asSupplier = cost(supplier, page);

        var contract = jdbc.sql(
                        "select organisation_id, supplier_organisation_id, starts_on from procurement_contract where id = :id")
                .param("id", laundry)
                .query((rs, row) -> new long[] {
                    rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate().toEpochDay()
                })
                .single();
        Actor municipality = new Actor(
                directory.accountIdOf("indkob@silkeborg.demo.jobandel.dk").orElseThrow(),
                false,
                contract[0],
                OrganisationKind.MUNICIPALITY,
                true);
        Actor winner = new Actor(
                directory
                        .accountIdOf("birgitte@rent-rummeligt.demo.jobandel.dk")
                        .orElseThrow(),
                false,
                contract[1],
                OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                true);
        long clause = contracts.clauseIds(municipality, laundry)[0];
        followUp.report(winner, laundry, clause, LocalDate.ofEpochDay(contract[2]), new BigDecimal("3"), "Tre ansatte");
        for (int i = 0; i < 3; i++) {
            followUp.recordDialogue(municipality, laundry, LocalDate.now(), "Møde " + i, i == 2 ? 5000L : null);
        }

        System.out.println(
                "PROCUREMENT CONTRACT PAGE statements: municipality " + asMunicipality + ", supplier " + asSupplier);
        assertThat(cost(silkeborg, page)).isEqualTo(asMunicipality);
        assertThat(cost(supplier, page)).isEqualTo(asSupplier);
    }
}
