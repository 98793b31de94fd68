package dk.jobandel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.testsupport.ApplicationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module that stores personal data cannot forget to join: every table in the database is either named by a
 * module's {@link dk.jobandel.platform.PersonalData} contribution or listed, with a reason, as holding none in
 * {@link PersonalDataMap#NOT_PERSONAL}; and a table that points at an account or holds an e-mail address or a
 * session's principal can only be covered by a contribution.
 */
@ApplicationTest
class PersonalDataCoverageIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataMap map;

    List<String> tables() {
        return jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name
                        """).query(String.class).list();
    }

    /** Tables with a foreign key to account, or a column that names a person by address or login. */
    Set<String> obviouslyPersonal() {
        var tables = new TreeSet<String>(jdbc.sql("""
                        select distinct kcu.table_name from information_schema.referential_constraints rc
                        join information_schema.key_column_usage kcu on kcu.constraint_name = rc.constraint_name
                             and kcu.constraint_schema = rc.constraint_schema
                        join information_schema.constraint_column_usage ccu
                             on ccu.constraint_name = rc.unique_constraint_name
                             and ccu.constraint_schema = rc.unique_constraint_schema
                        where kcu.table_schema = 'public' and ccu.table_name = 'account'
                        """).query(String.class).list());
        tables.addAll(jdbc.sql("""
                        select distinct c.table_name from information_schema.columns c
                        join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                          and (c.column_name like '%email%' or c.column_name in ('principal_name', 'display_name'))
                        """).query(String.class).list());
        return tables;
    }

    @Test
    void everyTableIsClassifiedOnceAndEveryPersonalTableIsCovered() {
        Set<String> covered = map.coveredTables();
        Set<String> notPersonal = PersonalDataMap.NOT_PERSONAL.keySet();
        var unclassified = new TreeSet<String>();
        for (String table : tables()) {
            if (!covered.contains(table) && !notPersonal.contains(table)) {
                unclassified.add(table);
            }
        }
        assertThat(unclassified)
                .as("tables neither covered by a PersonalData contribution nor listed as holding no personal data")
                .isEmpty();

        var both = new HashSet<>(covered);
        both.retainAll(notPersonal);
        assertThat(both).as("tables both covered and listed as not personal").isEmpty();

        var personalButNotCovered = new TreeSet<>(obviouslyPersonal());
        personalButNotCovered.removeAll(covered);
        // the erasure record names the anonymous stub, which is kept on purpose
        personalButNotCovered.remove("privacy_erasure");
        assertThat(personalButNotCovered)
                .as("tables that point at an account or hold an address, but no contribution covers")
                .isEmpty();
    }

    @Test
    void contributionsNameOnlyTablesThatExist() {
        var missing = new TreeSet<>(map.coveredTables());
        tables().forEach(missing::remove);
        assertThat(missing).isEmpty();
        var listedButGone = new TreeSet<>(PersonalDataMap.NOT_PERSONAL.keySet());
        tables().forEach(listedButGone::remove);
        assertThat(listedButGone).isEmpty();
    }

    @Test
    void theCoverageCheckSeesTablesThatPointAtAnAccount() {
        // guards the test itself: without this the check above could pass on an empty set
        assertThat(obviouslyPersonal())
                .contains("freelancer_profile", "agreement_party", "mail_outbox", "spring_session", "offer");
    }
}
