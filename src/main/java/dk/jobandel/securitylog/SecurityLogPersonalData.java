package dk.jobandel.securitylog;

import dk.jobandel.platform.PersonalData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The security log names a person by account id, by the address a sign-in used and by the client's IP address. The
 * export lists the person's own events; erasure keeps the events (an admin may still need to see that an account
 * was attacked) but removes the address, the IP address and the detail; events older than a year are deleted.
 */
@Component
class SecurityLogPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final SecurityLog log;

    SecurityLogPersonalData(JdbcClient jdbc, SecurityLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    @Override
    public String name() {
        return "security-log";
    }

    @Override
    public Set<String> tables() {
        return Set.of("security_event");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        return Map.of(
                "securityEvents",
                jdbc.sql("""
                                select at, kind, subject, address, detail from security_event
                                where account_id = :id order by at, id
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList());
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("""
                        update security_event set subject = null, address = null, detail = null
                        where account_id = :id or actor_id = :id or lower(subject) = lower(:email)
                        """)
                .param("id", erasure.accountId())
                .param("email", erasure.email())
                .update();
    }

    @Override
    public int removeExpired(Instant now) {
        return log.forgetOldEvents();
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("securityLog", List.of(log.keepDays()), false));
    }
}
