package dk.jobandel.platform.security;

import dk.jobandel.platform.PersonalData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sessions (named by the e-mail address) and failed logins (keyed by a hash of it, forgotten within hours). Nothing
 * to export: they describe a browser, not the person. Erasure signs the person out everywhere.
 */
@Component
class SessionPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final LoginThrottle throttle;

    SessionPersonalData(JdbcClient jdbc, LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.throttle = throttle;
    }

    @Override
    public String name() {
        return "sessions";
    }

    @Override
    public Set<String> tables() {
        return Set.of("spring_session", "spring_session_attributes", "login_failure", "known_login_device");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        return Map.of();
    }

    @Override
    public void erase(Erasure erasure) {
        // the attributes go with their session (on delete cascade)
        jdbc.sql("delete from spring_session where principal_name = :email")
                .param("email", erasure.email())
                .update();
        throttle.forget(erasure.email());
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("security", List.of(), false));
    }
}
