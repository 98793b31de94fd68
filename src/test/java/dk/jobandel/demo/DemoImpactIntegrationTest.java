package dk.jobandel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.impact.ImpactFigures;
import dk.jobandel.impact.core.Dimension;
import dk.jobandel.impact.core.Measure;
import dk.jobandel.testsupport.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo's earlier agreements give the impact pages figures worth charting, and loading again adds nothing. */
@ApplicationTest
@ActiveProfiles("demo")
class DemoImpactIntegrationTest {

    @Autowired
    ImpactFigures figures;

    @Autowired
    DemoImpact demoImpact;

    @Autowired
    DemoImpactInstruments demoImpactInstruments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNationalFiguresAreNonTrivialAndShownByMonthKindAndRegion() {
        var report = figures.national(figures.defaultPeriod());
        var f = report.figures();
        assertThat(f.peopleStarted().orZero()).isGreaterThanOrEqualTo(40);
        assertThat(f.peopleSecure().orZero()).isGreaterThanOrEqualTo(25);
        assertThat(f.peopleEndedEarly().orZero()).isGreaterThanOrEqualTo(5);
        assertThat(f.stillAt6Months().hidden()).isFalse();
        assertThat(f.pensionKr().orZero()).isPositive();
        var months = report.table(Dimension.MONTH);
        assertThat(months.rows()).hasSize(12);
        assertThat(months.rows().stream()
                        .filter(r -> !r.hidden() && r.value(Measure.PEOPLE).orZero() > 0)
                        .count())
                .isGreaterThanOrEqualTo(4);
        assertThat(report.table(Dimension.REGION).rows().stream()
                        .filter(r -> !r.hidden())
                        .count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void consentingPeopleFillTheFundersBreakdowns() {
        var report = figures.forConsultant(figures.defaultPeriod(), dk.jobandel.impact.core.Filter.NONE, consultant());
        var gender = report.table(Dimension.GENDER);
        assertThat(gender.rows().stream()
                        .filter(r -> !r.hidden() && r.value(Measure.PEOPLE).orZero() >= 5)
                        .count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void partnershipsAndSocialClausesShowAsKindsWithTheirInclusiveJobs() {
        var report = figures.national(figures.defaultPeriod());
        assertThat(report.figures().inclusiveJobs().orZero()).isGreaterThanOrEqualTo(20);
        var kinds = report.table(Dimension.KIND);
        for (String kind : java.util.List.of("PARTNERSHIP", "PROCUREMENT_CLAUSE")) {
            var row = kinds.rows().stream()
                    .filter(r -> r.key().equals(kind))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.hidden()).as(kind).isFalse();
            assertThat(row.value(Measure.PEOPLE).orZero()).as(kind).isGreaterThanOrEqualTo(10);
            assertThat(row.value(Measure.SECURE).orZero()).as(kind).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void loadingTheInstrumentsAgainAddsNothing() {
        long partnerships =
                jdbc.sql("select count(*) from partnership").query(Long.class).single();
        long reports =
                jdbc.sql("select count(*) from clause_report").query(Long.class).single();
        demoImpactInstruments.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("select count(*) from partnership")
                        .query(Long.class)
                        .single())
                .isEqualTo(partnerships);
        assertThat(jdbc.sql("select count(*) from clause_report")
                        .query(Long.class)
                        .single())
                .isEqualTo(reports);
    }

    @Test
    void loadingAgainAddsNothing() {
        long agreements =
                jdbc.sql("select count(*) from agreement").query(Long.class).single();
        demoImpact.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("select count(*) from agreement").query(Long.class).single())
                .isEqualTo(agreements);
    }

    private static dk.jobandel.platform.SignedInMember consultant() {
        return new dk.jobandel.platform.SignedInMember() {
            @Override
            public long accountId() {
                return 0;
            }

            @Override
            public String displayName() {
                return "Konsulent";
            }

            @Override
            public java.util.Locale preferredLocale() {
                return java.util.Locale.of("da");
            }

            @Override
            public boolean hasRole(String role) {
                return role.equals("CONSULTANT");
            }
        };
    }
}
