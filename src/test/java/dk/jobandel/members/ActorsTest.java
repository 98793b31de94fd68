package dk.jobandel.members;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.platform.SignedInMember;
import dk.jobandel.testsupport.RepositoryTest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The one place that says who acts (issue 18): the organisation an account is staff of, with its kind and
 * verification, and whether the account is a consultant, in one answer.
 */
@RepositoryTest
@Import(Actors.class)
class ActorsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    @Autowired
    AccountRepository accounts;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    Actors actors;

    private long account(String email, Role role) {
        return accounts.saveAndFlush(new Account(email, "h", email, Locale.ENGLISH, EnumSet.of(role), NOW))
                .getId();
    }

    private long organisation(String cvr, OrganisationKind kind, boolean verified, long staff) {
        var organisation = new Organisation(
                "Org " + cvr, new Cvr(cvr), OrganisationType.OTHER_COOPERATIVE, kind, (short) 461, NOW);
        organisation.addStaff(staff);
        if (verified) {
            organisation.verify();
        }
        return organisations.saveAndFlush(organisation).getId();
    }

    /** A session whose roles need not be the database's. */
    private record Session(long accountId, String role) implements SignedInMember {
        @Override
        public String displayName() {
            return "";
        }

        @Override
        public Locale preferredLocale() {
            return Locale.ENGLISH;
        }

        @Override
        public boolean hasRole(String name) {
            return role.equals(name);
        }
    }

    @Test
    void staffCarryTheirOrganisationItsKindAndWhetherItIsVerified() {
        long firmStaff = account("firm@example.dk", Role.COOPERATIVE);
        long firm = organisation("76131864", OrganisationKind.FIRM, true, firmStaff);
        long municipalityStaff = account("kommune@example.dk", Role.COOPERATIVE);
        long municipality = organisation("29189846", OrganisationKind.MUNICIPALITY, false, municipalityStaff);

        assertThat(actors.of(firmStaff))
                .isEqualTo(new Actor(firmStaff, false, firm, OrganisationKind.FIRM, true))
                .matches(Actor::isFirm)
                .matches(Actor::isSupplier);
        assertThat(actors.of(municipalityStaff))
                .isEqualTo(new Actor(municipalityStaff, false, municipality, OrganisationKind.MUNICIPALITY, false))
                .matches(Actor::isMunicipality);
    }

    @Test
    void consultantsAndAdminsAreConsultantsAndAFreelancerIsNobodysStaff() {
        long consultant = account("konsulent@example.dk", Role.CONSULTANT);
        long admin = account("admin@example.dk", Role.ADMIN);
        long freelancer = account("freelancer@example.dk", Role.FREELANCER);

        assertThat(actors.of(consultant)).isEqualTo(Actor.consultant(consultant));
        assertThat(actors.of(admin)).isEqualTo(Actor.consultant(admin));
        assertThat(actors.of(freelancer)).isEqualTo(Actor.person(freelancer));
    }

    @Test
    void aSignedInMembersRolesAreTheSessionsAndTheOrganisationTheDatabases() {
        long staff = account("staff@example.dk", Role.COOPERATIVE);
        long cooperative = organisation("76131864", OrganisationKind.COOPERATIVE, true, staff);
        long consultant = account("konsulent@example.dk", Role.CONSULTANT);

        assertThat(actors.of(new Session(staff, "ADMIN")))
                .isEqualTo(new Actor(staff, true, cooperative, OrganisationKind.COOPERATIVE, true));
        assertThat(actors.of(new Session(consultant, "COOPERATIVE"))).isEqualTo(Actor.person(consultant));
    }
}
