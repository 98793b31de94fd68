package dk.jobandel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobandel.testsupport.RepositoryTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail on PostgreSQL: what is recorded, how a timeline reads, and that it needs a transaction. */
@RepositoryTest
@Import({AuditTrail.class, AuditTrailIntegrationTest.Winter.class})
class AuditTrailIntegrationTest {

    /** 9:15 UTC on a winter day: 10:15 in Copenhagen. */
    static final Instant NOW = Instant.parse("2027-01-12T09:15:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class Winter {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        JdbcClient jdbcClient(javax.sql.DataSource dataSource) {
            return JdbcClient.create(dataSource);
        }

        /** Members gives the names in the application; this slice has no members module, so it reads them itself. */
        @Bean
        ActorNames actorNames(JdbcClient jdbc) {
            return ids -> {
                var names = new java.util.HashMap<Long, String>();
                jdbc.sql("select id, display_name from account where id = any(:ids)")
                        .param("ids", ids.toArray(Long[]::new))
                        .query(rs -> {
                            names.put(rs.getLong(1), rs.getString(2));
                        });
                return names;
            };
        }
    }

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    long account(String name) {
        return jdbc.sql("""
                        insert into account (email, password_hash, display_name)
                        values (:email, 'x', :name) returning id
                        """)
                .param("email", java.util.UUID.randomUUID() + "@example.dk")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    @Test
    void aTimelineNamesWhoDidWhatInDanishTimeOldestFirst() {
        long mette = account("Mette Lund");
        audit.record("PROPOSAL", 5, null, "UNREVIEWED", null, null);
        audit.record("PROPOSAL", 5, "UNREVIEWED", "REJECTED", mette, "  Mangler kok med hygiejnebevis ");
        audit.record("PROPOSAL", 6, null, "UNREVIEWED", null, "");
        audit.record("OFFER", 9, null, "SENT", null, null);

        List<TimelineEntry> timeline = audit.timeline("PROPOSAL", 5);
        assertThat(timeline).hasSize(2);
        assertThat(timeline.get(0).bySystem()).isTrue();
        assertThat(timeline.get(0).fromKey()).isNull();
        assertThat(timeline.get(0).toKey()).isEqualTo("state.PROPOSAL.UNREVIEWED");
        TimelineEntry rejection = timeline.get(1);
        assertThat(rejection.actorName()).isEqualTo("Mette Lund");
        assertThat(rejection.actorId()).isEqualTo(mette);
        assertThat(rejection.reason()).isEqualTo("Mangler kok med hygiejnebevis");
        assertThat(rejection.fromKey()).isEqualTo("state.PROPOSAL.UNREVIEWED");
        assertThat(rejection.at().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 1, 12, 10, 15));
        assertThat(rejection.at().getZone().getId()).isEqualTo("Europe/Copenhagen");

        assertThat(audit.timeline("PROPOSAL", 6))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isNull());
        assertThat(audit.timeline(List.of(new Subject("PROPOSAL", 5), new Subject("OFFER", 9))))
                .extracting(e -> e.subject().type() + ":" + e.toState())
                .containsExactly("PROPOSAL:UNREVIEWED", "PROPOSAL:REJECTED", "OFFER:SENT");
        assertThat(audit.timeline(List.of())).isEmpty();
    }

    @Test
    void anErasedAccountLeavesTheEntryWithoutAName() {
        long bo = account("Bo Jensen");
        audit.record("AGREEMENT", 1, "ACTIVE", "ENDED", bo, null);
        jdbc.sql("delete from account where id = :id").param("id", bo).update();
        assertThat(audit.timeline("AGREEMENT", 1)).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isNull();
            assertThat(e.bySystem()).isTrue();
        });
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aChangeIsOnlyRecordedInsideTheTransactionThatMakesIt() {
        assertThatThrownBy(() -> audit.record("AGREEMENT", 1, null, "ACTIVE", null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void subjectTypesAreWrittenInCapitals() {
        assertThatThrownBy(() -> new Subject("agreement", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
