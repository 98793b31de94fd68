package dk.jobandel.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dk.jobandel.testsupport.RepositoryTest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@RepositoryTest
class AccountRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Autowired
    AccountRepository accounts;

    @Autowired
    OrganisationRepository organisations;

    @Test
    void anAccountRoundTripsWithItsRolesAndLanguage() {
        var saved = accounts.saveAndFlush(new Account(
                "Sofie@Example.DK",
                "{argon2}hash",
                "Sofie Kjær",
                Locale.ENGLISH,
                EnumSet.of(Role.COOPERATIVE, Role.CONSULTANT),
                NOW));

        var found = accounts.findByEmail("sofie@example.dk").orElseThrow();
        assertThat(found.getId()).isEqualTo(saved.getId());
        assertThat(found.getDisplayName()).isEqualTo("Sofie Kjær");
        assertThat(found.getRoles()).containsExactlyInAnyOrder(Role.COOPERATIVE, Role.CONSULTANT);
        assertThat(found.getPreferredLanguage()).isEqualTo(Locale.ENGLISH);
        assertThat(found.getCreatedAt()).isEqualTo(NOW);
    }

    @Test
    void theDatabaseRefusesTwoAccountsWithTheSameEmail() {
        accounts.saveAndFlush(
                new Account("twice@example.dk", "h", "A", Locale.ENGLISH, EnumSet.of(Role.FREELANCER), NOW));
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> accounts.saveAndFlush(
                        new Account("TWICE@example.dk", "h", "B", Locale.ENGLISH, EnumSet.of(Role.FREELANCER), NOW)));
    }

    @Test
    void anOrganisationKnowsItsStaffAndIsFoundThroughThem() {
        var staff = accounts.saveAndFlush(
                new Account("staff@example.dk", "h", "Staff", Locale.ENGLISH, EnumSet.of(Role.COOPERATIVE), NOW));
        var organisation = new Organisation(
                "Fælles IT Andelsselskab", new Cvr("76131864"), OrganisationType.OTHER_COOPERATIVE, (short) 461, NOW);
        organisation.addStaff(staff.getId());
        organisations.saveAndFlush(organisation);

        var found = organisations.findByStaffAccountId(staff.getId()).orElseThrow();
        assertThat(found.getName()).isEqualTo("Fælles IT Andelsselskab");
        assertThat(found.getVerificationStatus()).isEqualTo(VerificationStatus.AWAITING_VERIFICATION);
        assertThat(found.getStaffAccountIds()).containsExactly(staff.getId());
        assertThat(organisations.findByStaffAccountId(staff.getId() + 1000)).isEmpty();
    }

    @Test
    void theDatabaseRefusesADuplicateCvr() {
        organisations.saveAndFlush(
                new Organisation("A", new Cvr("62601817"), OrganisationType.ASSOCIATION, (short) 101, NOW));
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> organisations.saveAndFlush(
                        new Organisation("B", new Cvr("62601817"), OrganisationType.ASSOCIATION, (short) 101, NOW)));
    }

    @Test
    void theDatabaseRefusesAnUnknownMunicipality() {
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> organisations.saveAndFlush(
                        new Organisation("C", new Cvr("69083013"), OrganisationType.ASSOCIATION, (short) 999, NOW)));
    }

    @Test
    void theReferenceDataHoldsAllDanishMunicipalitiesAndAtLeast150Skills(
            @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        assertThat(jdbc.sql("select count(*) from municipality")
                        .query(Long.class)
                        .single())
                .isEqualTo(98);
        assertThat(jdbc.sql("select count(*) from region").query(Long.class).single())
                .isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from skill").query(Long.class).single())
                .isGreaterThanOrEqualTo(150);
        assertThat(jdbc.sql("select count(*) from skill where name_da = '' or name_en = ''")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
