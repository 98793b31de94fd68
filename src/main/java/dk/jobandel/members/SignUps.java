package dk.jobandel.members;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** When freelancers signed up, for counting the time to a first agreement (impact figures). One statement. */
@Service
public class SignUps {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final JdbcClient jdbc;

    SignUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every freelancer's sign-up day (Copenhagen time), by account id. */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> freelancers() {
        Map<Long, LocalDate> days = new HashMap<>();
        jdbc.sql("""
                        select a.id, a.created_at from account a
                        join account_role r on r.account_id = a.id and r.role = 'FREELANCER'
                        """).query(rs -> {
            days.put(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant().atZone(COPENHAGEN).toLocalDate());
        });
        return days;
    }
}
