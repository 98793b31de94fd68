package dk.jobandel.members;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.testsupport.RepositoryTest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The look-ups partnerships and procurement ask instead of reading members' tables (issue 18): names, kinds and
 * contacts of the organisations and accounts they are given, in the order the database sorts names.
 */
@RepositoryTest
@Import(MemberLookups.class)
class MemberLookupsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    @Autowired
    AccountRepository accounts;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberLookups lookups;

    private long account(String email, String name) {
        return accounts.saveAndFlush(new Account(email, "h", name, Locale.ENGLISH, EnumSet.of(Role.COOPERATIVE), NOW))
                .getId();
    }

    private long organisation(String name, String cvr, OrganisationKind kind, long... staff) {
        var organisation =
                new Organisation(name, new Cvr(cvr), OrganisationType.OTHER_COOPERATIVE, kind, (short) 461, NOW);
        for (long s : staff) {
            organisation.addStaff(s);
        }
        return organisations.saveAndFlush(organisation).getId();
    }

    @Test
    void namesOrganisationsAndAccountsInOneAnswerAndUnknownIdsAsEmpty() {
        long sofie = account("sofie@example.dk", "Sofie");
        long firm = organisation("Vaskeriet", "76131864", OrganisationKind.FIRM, sofie);

        MemberLookups.Names names = lookups.names(List.of(firm), List.of(sofie));

        assertThat(names.organisation(firm)).isEqualTo("Vaskeriet");
        assertThat(names.account(sofie)).isEqualTo("Sofie");
        assertThat(names.organisation(-1L)).isEmpty();
        assertThat(names.account(null)).isEmpty();
        assertThat(lookups.names(List.of(), List.of()).organisations()).isEmpty();
    }

    @Test
    void organisationsOfAKindComeByNameWithTheirFacts() {
        organisation("Zebra Rengøring", "62601817", OrganisationKind.FIRM);
        long alfa = organisation("Alfa Kantine", "69083013", OrganisationKind.FIRM);
        long sov = organisation("Socialøkonomisk Værksted", "12345674", OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE);

        assertThat(lookups.organisationsOfKind(OrganisationKind.FIRM))
                .extracting(MemberLookups.OrganisationFacts::name)
                .containsSubsequence("Alfa Kantine", "Zebra Rengøring")
                .doesNotContain("Socialøkonomisk Værksted");
        assertThat(lookups.organisationFacts(List.of(sov, alfa)))
                .extracting(MemberLookups.OrganisationFacts::id, MemberLookups.OrganisationFacts::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(alfa, OrganisationKind.FIRM),
                        org.assertj.core.groups.Tuple.tuple(sov, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE));
        assertThat(lookups.organisationFacts(List.of(sov)).getFirst().verified())
                .isFalse();
    }

    @Test
    void contactsAreTheEnabledStaffByNameAndPeopleNameTheirOrganisation() {
        long bo = account("bo@example.dk", "Bo");
        long ane = account("ane@example.dk", "Ane");
        long gone = account("gone@example.dk", "Gone");
        long alone = account("alone@example.dk", "Alone");
        long firm = organisation("Vaskeriet", "76131864", OrganisationKind.FIRM, bo, ane, gone);
        jdbc.sql("update account set enabled = false where id = :id")
                .param("id", gone)
                .update();

        assertThat(lookups.staffContacts(List.of(firm)).get(firm))
                .containsExactly(
                        new MemberLookups.Contact("Ane", "ane@example.dk"),
                        new MemberLookups.Contact("Bo", "bo@example.dk"));
        assertThat(lookups.people(List.of(bo, alone)))
                .containsExactly(
                        new MemberLookups.Person(alone, "Alone", null, null),
                        new MemberLookups.Person(bo, "Bo", firm, "Vaskeriet"));
    }
}
