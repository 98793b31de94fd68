package dk.jobandel.accounts;

import dk.jobandel.platform.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the accounts module keeps beside the account: links sent by e-mail (as hashes, with the address they went
 * to), the second factor's secret and the recovery codes (as hashes). The export says that they exist and when they
 * were made, never the secret; erasure deletes them all, so no link or code works for the anonymous account.
 */
@Component
class AccountSecurityPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    AccountSecurityPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "account-security";
    }

    @Override
    public Set<String> tables() {
        return Set.of("account_token", "account_totp", "account_recovery_code");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "linksSentToYou",
                jdbc.sql("""
                                select purpose, email, created_at, expires_at, used_at from account_token
                                where account_id = :id order by created_at
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList());
        data.put(
                "secondFactor",
                jdbc
                        .sql("select created_at, confirmed_at from account_totp where account_id = :id")
                        .param("id", accountId)
                        .query()
                        .listOfRows()
                        .stream()
                        .map(PersonalData::row)
                        .toList());
        data.put(
                "recoveryCodes",
                jdbc.sql("""
                                select created_at, used_at from account_recovery_code
                                where account_id = :id order by id
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList());
        return data;
    }

    @Override
    public void erase(Erasure erasure) {
        for (String table : List.of("account_token", "account_totp", "account_recovery_code")) {
            jdbc.sql("delete from " + table + " where account_id = :id")
                    .param("id", erasure.accountId())
                    .update();
        }
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("accountSecurity", List.of(), false));
    }
}
