package dk.jobandel.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.advisor.core.Finding;
import dk.jobandel.matching.MatchingRuns;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Every finding that blocks publication also appears on the consultant's review page: on {@value #TRIES} seeded,
 * generated terms given to demo roles that have proposals, the review page of a proposal names each blocking finding
 * with its text. The property harness of docs/adr/0007 (a seeded {@link SplittableRandom}, a failure names its try);
 * fewer tries than the pure properties, since each renders a page.
 */
@ApplicationTest
@ActiveProfiles("demo")
class BlockingFindingsOnReviewPagePropertiesTest {

    private static final long SEED = 0xAD71_5021L;
    private static final int TRIES = 60;

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MatchingRuns runs;

    @Autowired
    SharedRoles roles;

    @Autowired
    MessageSource messages;

    record Proposed(long proposalId, long roleId) {}

    @Test
    void everyBlockingFindingIsOnTheReviewPage() throws Exception {
        runs.runAll(MatchingRuns.Trigger.MANUAL, null).orElseThrow();
        MockHttpSession consultant = new Sessions(mvc, registration, organisations)
                .login("konsulent@demo.jobandel.dk", "jobandel-demo-2026");
        List<Proposed> proposals = jdbc.sql("""
                        select distinct on (role_id) id, role_id from proposal where kind in ('SINGLE', 'TEAM')
                        order by role_id, rank
                        """)
                .query((rs, row) -> new Proposed(rs.getLong(1), rs.getLong(2)))
                .list();
        assertThat(proposals).isNotEmpty();
        SplittableRandom random = new SplittableRandom(SEED);
        int blockingSeen = 0;
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            Proposed proposed = proposals.get(random.nextInt(proposals.size()));
            Map<String, Object> original =
                    jdbc.sql("""
                            select pay_from, pension_percent, agreement_name, agreement_minimum_pay,
                                   agreement_pension_percent, holiday, full_time_pay, full_time_pension_percent,
                                   office_work
                            from shared_role where id = :id
                            """).param("id", proposed.roleId()).query().singleRow();
            try {
                giveRandomTerms(proposed.roleId(), random);
                List<Finding> blocking = roles
                        .findings(roles.role(proposed.roleId()).details())
                        .stream()
                        .filter(Finding::blocking)
                        .toList();
                blockingSeen += blocking.size();
                String page = mvc.perform(get("/consultant/review/" + proposed.proposalId())
                                .session(consultant))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                for (Finding finding : blocking) {
                    String text = messages.getMessage(finding.messageKey(), finding.argsArray(), Locale.of("da"));
                    assertThat(page)
                            .as("try %d: %s on the review page of proposal %d", attempt, finding, proposed.proposalId())
                            .contains("data-rule=\"" + finding.rule() + "\"")
                            .contains(HtmlUtils.htmlEscape(text, "UTF-8"));
                }
            } finally {
                restore(proposed.roleId(), original);
            }
        }
        assertThat(blockingSeen).as("the generator makes blocking terms").isGreaterThan(TRIES / 2);
    }

    private void giveRandomTerms(long roleId, SplittableRandom random) {
        BigDecimal pay = BigDecimal.valueOf(150 + random.nextInt(60));
        jdbc.sql("""
                        update shared_role set pay_from = :pay, pension_percent = :pension, agreement_name = :name,
                            agreement_minimum_pay = :minimum, agreement_pension_percent = :agreementPension,
                            holiday = :holiday, full_time_pay = :fullTimePay,
                            full_time_pension_percent = :fullTimePension, office_work = :office
                        where id = :id
                        """)
                .param("id", roleId)
                .param("pay", pay)
                .param("pension", number(random, "0", "4", "8", "12", "15"))
                .param("name", random.nextInt(4) == 0 ? null : pick(random, "HK Privat", "Restaurationsoverenskomsten"))
                .param("minimum", random.nextBoolean() ? null : BigDecimal.valueOf(140 + random.nextInt(80)))
                .param("agreementPension", random.nextBoolean() ? null : number(random, "8", "12", "13"))
                .param("holiday", pick(random, "HOLIDAY_PAY", "PAID_HOLIDAY", "NOT_STATED"))
                .param("fullTimePay", random.nextBoolean() ? null : BigDecimal.valueOf(150 + random.nextInt(80)))
                .param("fullTimePension", random.nextBoolean() ? null : number(random, "8", "12", "15"))
                .param("office", random.nextBoolean())
                .update();
    }

    private void restore(long roleId, Map<String, Object> original) {
        var update = jdbc.sql("""
                        update shared_role set pay_from = :pay_from, pension_percent = :pension_percent,
                            agreement_name = :agreement_name, agreement_minimum_pay = :agreement_minimum_pay,
                            agreement_pension_percent = :agreement_pension_percent, holiday = :holiday,
                            full_time_pay = :full_time_pay, full_time_pension_percent = :full_time_pension_percent,
                            office_work = :office_work
                        where id = :id
                        """).param("id", roleId);
        original.forEach(update::param);
        update.update();
    }

    private static BigDecimal number(SplittableRandom random, String... values) {
        return new BigDecimal(values[random.nextInt(values.length)]);
    }

    private static String pick(SplittableRandom random, String a, String b, String c) {
        String[] values = {a, b, c};
        return values[random.nextInt(3)];
    }

    private static String pick(SplittableRandom random, String a, String b) {
        return random.nextBoolean() ? a : b;
    }
}
