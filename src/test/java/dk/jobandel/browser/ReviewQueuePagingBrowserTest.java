package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.matching.MatchingRuns;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The review queue beyond its first page (issue 20): with more proposals than a page holds, a consultant sorts by
 * score, goes to the next page by its plain link, sees where they are ("51–100 af …"), and the page passes axe.
 * Copies of the demo's own proposals make the queue long; they are removed again afterwards.
 */
@BrowserTest
@ActiveProfiles("demo")
class ReviewQueuePagingBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MatchingRuns matching;

    final List<Long> copies = new ArrayList<>();

    @AfterEach
    void removeTheCopies() {
        jdbc.sql("delete from proposal where id = any(:ids)")
                .param("ids", copies.toArray(Long[]::new))
                .update();
    }

    @Test
    void aConsultantPagesThroughTheQueueSortedByScore(Browser browser) {
        matching.runAll(MatchingRuns.Trigger.MANUAL, null);
        List<Long> originals = jdbc.sql("""
                        select id from proposal where review_status = 'UNREVIEWED' and kind in ('SINGLE', 'TEAM')
                        order by id
                        """).query(Long.class).list();
        String columns = columns("proposal", "id", "created_at", "score");
        String memberColumns = columns("proposal_member", "proposal_id");
        for (int k = 0; k < 110; k++) {
            long original = originals.get(k % originals.size());
            long copy = jdbc.sql("insert into proposal (" + columns + ", created_at, score) select " + columns
                            + ", now() - interval '3 days' + :k * interval '1 minute', :score from proposal"
                            + " where id = :id returning id")
                    .param("k", k)
                    .param("score", (k * 37) % 100)
                    .param("id", original)
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into proposal_member (proposal_id, " + memberColumns + ") select :copy, " + memberColumns
                            + " from proposal_member where proposal_id = :id")
                    .param("copy", copy)
                    .param("id", original)
                    .update();
            copies.add(copy);
        }
        long total = jdbc.sql("""
                        select count(*) from proposal where review_status = 'UNREVIEWED' and kind in ('SINGLE', 'TEAM')
                        """).query(Long.class).single();

        browser.open("/login");
        browser.type("email", "konsulent@demo.jobandel.dk");
        browser.type("password", "jobandel-demo-2026");
        browser.press("Log ind");
        browser.follow("Gennemgang");
        assertThat(browser.text()).contains("1–50 af " + total).contains("Side 1 af");
        browser.click(By.linkText("Score"));
        browser.follow("Næste side");
        assertThat(browser.path()).isEqualTo("/consultant/review?sort=score&page=1");
        assertThat(browser.text()).contains("51–100 af " + total).contains("Side 2 af");
        // the scores still fall from the first row to the last on the second page
        List<Double> scores = browser.findAll(By.cssSelector(".review-queue tbody td.num:not(.nowrap)")).stream()
                .map(cell -> Double.parseDouble(cell.getText().replace(".", "").replace(',', '.')))
                .toList();
        assertThat(scores).hasSize(50).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        browser.checkPage("review-queue-page-2");
        browser.follow("Forrige side");
        assertThat(browser.path()).isEqualTo("/consultant/review?sort=score");
    }

    private String columns(String table, String... without) {
        return jdbc.sql("""
                        select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
                        where table_schema = current_schema() and table_name = :table
                          and is_generated = 'NEVER' and is_identity = 'NO' and column_name <> all(:without)
                        """)
                .param("table", table)
                .param("without", without)
                .query(String.class)
                .single();
    }
}
