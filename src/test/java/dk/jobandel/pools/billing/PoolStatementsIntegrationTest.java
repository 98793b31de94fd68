package dk.jobandel.pools.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.Creation;
import dk.jobandel.agreements.PoolAgreementFixtures;
import dk.jobandel.agreements.PoolMonth;
import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.platform.ConcealedAsNotFound;
import dk.jobandel.pools.Pools;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import dk.jobandel.testsupport.SignedIn;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A pool's monthly statements: the arithmetic to the øre, who sees which shares, the CSV file for the host and
 * consultants only, and the month picker's errors, on PostgreSQL. The tests only read the statements of one
 * agreement, so they share it: the pool, its people and the agreement are made once for the class.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolStatementsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    Pools pools;

    @Autowired
    Actors actors;

    @Autowired
    Agreements agreements;

    @Autowired
    PoolStatements statements;

    PoolAgreementFixtures pool;
    YearMonth month;

    @BeforeAll
    void aWorkersAgreementForAWholeThirtyDayMonth() throws Exception {
        pool = new PoolAgreementFixtures(new Sessions(mvc, registration, organisations), pools, actors);
        month = YearMonth.now().plusMonths(1);
        while (month.lengthOfMonth() != 30) {
            month = month.plusMonths(1);
        }
        Creation creation = agreements.createForPool(pool.agreement(month.atDay(1)));
        assertThat(creation).isInstanceOf(Creation.Created.class);
    }

    @Test
    void theMonthsHalfHoursAreTheWeeklyHalfHoursSpreadOverTheDaysRoundedToTheNearest() {
        assertThat(PoolMonth.halfHoursUsed(8, 7)).isEqualTo(8);
        assertThat(PoolMonth.halfHoursUsed(8, 30)).isEqualTo(34); // 34.29
        assertThat(PoolMonth.halfHoursUsed(12, 30)).isEqualTo(51); // 51.43
        assertThat(PoolMonth.halfHoursUsed(7, 1)).isEqualTo(1); // exactly 1
        assertThat(PoolMonth.halfHoursUsed(3, 7 * 3 + 1)).isEqualTo(9); // 9.43
        assertThat(PoolMonth.halfHoursUsed(4, 5)).isEqualTo(3); // 2.86
        assertThat(PoolMonth.halfHoursUsed(1, 1)).isZero(); // 0.14
    }

    @Test
    void theHostSeesEveryShareAndTheSharesAddUpToTheWorkersCostPlusFeeToTheOre() {
        PoolStatements.Statement s = statements.statement(
                pool.poolId, month, actors.of(SignedIn.member(pool.host.staff().accountId(), "COOPERATIVE")));

        assertThat(s.whole()).isTrue();
        // member A: 8 half-hours a week → 34 in 30 days; member B: 12 → 51; 85 half-hours at 200,00 kr. an hour
        CostedMonth.WorkerLine worker = s.workers().getFirst();
        assertThat(s.workers()).hasSize(1);
        assertThat(worker.name()).isEqualTo("Wilma Worker");
        assertThat(worker.halfHours()).isEqualTo(85);
        assertThat(worker.wageOre()).isEqualTo(850_000); // 8.500,00 kr.
        assertThat(worker.pensionOre()).isEqualTo(85_000); // 10 %
        assertThat(worker.holidayPayOre()).isEqualTo(106_250); // 12,5 %
        assertThat(worker.costOre()).isEqualTo(1_041_250);
        assertThat(worker.feeOre()).isEqualTo(83_300); // 8 %
        assertThat(worker.shares())
                .extracting(CostedMonth.Line::organisationId, CostedMonth.Line::halfHours)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(pool.memberA.organisationId(), 34),
                        org.assertj.core.groups.Tuple.tuple(pool.memberB.organisationId(), 51));
        // 34/85 of 1.041.250 = 416.500 exactly; of 83.300 = 33.320
        assertThat(worker.shares().getFirst().costOre()).isEqualTo(416_500);
        assertThat(worker.shares().getFirst().feeOre()).isEqualTo(33_320);
        assertThat(worker.shares().stream().mapToLong(CostedMonth.Line::costOre).sum())
                .isEqualTo(worker.costOre());
        assertThat(worker.shares().stream().mapToLong(CostedMonth.Line::feeOre).sum())
                .isEqualTo(worker.feeOre());
        assertThat(s.members().stream().mapToLong(CostedMonth.Line::totalOre).sum())
                .isEqualTo(s.totalOre())
                .isEqualTo(worker.costOre() + worker.feeOre());
        assertThat(s.split()).isNotNull();
        assertThat(s.split().totalOre()).isEqualTo(s.totalOre());

        // the month before it starts has nothing to pay
        assertThat(statements
                        .statement(
                                pool.poolId,
                                month.minusMonths(1),
                                actors.of(SignedIn.member(pool.consultant.accountId(), "CONSULTANT")))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void aMemberSeesOnlyItsOwnSharesAndAnOutsiderNothing() {
        PoolStatements.Statement a = statements.statement(
                pool.poolId,
                month,
                actors.of(SignedIn.member(pool.memberA.staff().accountId(), "COOPERATIVE")));
        assertThat(a.whole()).isFalse();
        assertThat(a.split()).isNull();
        assertThat(a.members()).singleElement().satisfies(line -> {
            assertThat(line.organisationId()).isEqualTo(pool.memberA.organisationId());
            assertThat(line.totalOre()).isEqualTo(416_500 + 33_320);
        });
        assertThat(a.workers())
                .singleElement()
                .satisfies(w -> assertThat(w.shares())
                        .extracting(CostedMonth.Line::organisationId)
                        .containsExactly(pool.memberA.organisationId()));
        assertThat(a.totalOre()).isEqualTo(449_820);

        assertThatThrownBy(() -> statements.csv(
                        pool.poolId,
                        month,
                        actors.of(SignedIn.member(pool.memberA.staff().accountId(), "COOPERATIVE"))))
                .isInstanceOf(PoolStatements.NotForReader.class);
        assertThatThrownBy(() -> statements.statement(
                        pool.poolId,
                        month,
                        actors.of(SignedIn.member(pool.outsider.staff().accountId(), "COOPERATIVE"))))
                .isInstanceOf(PoolStatements.StatementNotFound.class)
                .isInstanceOf(ConcealedAsNotFound.class);
        assertThatThrownBy(() -> statements.statement(
                        pool.poolId, month, actors.of(SignedIn.member(pool.worker.accountId(), "FREELANCER"))))
                .isInstanceOf(PoolStatements.StatementNotFound.class)
                .isInstanceOf(ConcealedAsNotFound.class);
    }

    @Test
    void thePagesShowEachReaderWhatIsTheirsAndTheCsvOnlyToTheHostAndConsultants() throws Exception {
        String page = "/pools/" + pool.poolId + "/statements?month=" + month;
        String csv = "/pools/" + pool.poolId + "/statements.csv?month=" + month;
        String memberA = pool.memberA.organisationId() + "";

        mvc.perform(get(page).session(pool.host.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Andelsbageriet")))
                .andExpect(content().string(containsString("Bogcafeen")))
                .andExpect(content().string(containsString("11.245,50 kr."))) // 1.041.250 + 83.300 øre
                .andExpect(content().string(containsString("4.498,20 kr."))) // member A's total
                .andExpect(content().string(containsString("statements.csv")));
        mvc.perform(get(page).session(pool.memberA.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4.498,20 kr.")))
                .andExpect(content().string(not(containsString("Bogcafeen"))))
                .andExpect(content().string(not(containsString("11.245,50"))))
                .andExpect(content().string(not(containsString("statements.csv"))));
        mvc.perform(get(page).session(pool.outsider.staff().session())).andExpect(status().isNotFound());
        mvc.perform(get(page).session(pool.worker.session())).andExpect(status().isForbidden());
        mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/pools/999999999/statements").session(pool.consultant.session()))
                .andExpect(status().isNotFound());

        for (Sessions.Member reader : java.util.List.of(pool.host.staff(), pool.consultant)) {
            mvc.perform(get(csv).session(reader.session()))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                    .andExpect(content().contentTypeCompatibleWith("text/csv"))
                    .andExpect(content().string(startsWith("month,worker_id,worker_name,member_id,member_name,hours")))
                    .andExpect(content()
                            .string(containsString(month + "," + pool.worker.accountId() + ",Wilma Worker," + memberA
                                    + ",Andelsbageriet ")))
                    .andExpect(content().string(containsString(",17.0,4165.00,333.20,4498.20")))
                    .andExpect(content().string(containsString("total,,,,42.5,10412.50,833.00,11245.50")));
        }
        mvc.perform(get(csv).session(pool.memberA.staff().session())).andExpect(status().isNotFound());
        mvc.perform(get(csv).session(pool.outsider.staff().session())).andExpect(status().isNotFound());
    }

    @Test
    void aWrongMonthIsShownBackNextToTheFieldNotAnError() throws Exception {
        for (String wrong : new String[] {"2026-13", "november", "26-11", "1999-12"}) {
            mvc.perform(get("/pools/" + pool.poolId + "/statements")
                            .param("month", wrong)
                            .session(pool.host.staff().session()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"month-error\"")))
                    .andExpect(content().string(containsString("Skriv måneden som åååå-mm")))
                    .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                    .andExpect(content().string(not(containsString("Bogcafeen</th>"))));
        }
        // an outsider does not learn the pool exists from a wrong month either
        mvc.perform(get("/pools/" + pool.poolId + "/statements")
                        .param("month", "x")
                        .session(pool.outsider.staff().session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/pools/" + pool.poolId + "/statements.csv")
                        .param("month", "x")
                        .session(pool.host.staff().session()))
                .andExpect(status().isBadRequest());
    }
}
