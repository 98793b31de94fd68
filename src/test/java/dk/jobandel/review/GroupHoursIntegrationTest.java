package dk.jobandel.review;

import static dk.jobandel.agreements.AgreementFixtures.nextMonday;
import static dk.jobandel.agreements.AgreementFixtures.week;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.advisor.core.Finding;
import dk.jobandel.advisor.core.Rule;
import dk.jobandel.agreements.AgreementFixtures;
import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.Creation;
import dk.jobandel.agreements.NewAgreement;
import dk.jobandel.matching.MatchingProposals.Kind;
import dk.jobandel.matching.MatchingProposals.Member;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.matching.engine.Breakdown;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.OrganisationProfile;
import dk.jobandel.members.Organisations;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.ApplicationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hours with employers in one group (koncern) count together for the contract statement (issue 21): a person who
 * already works 2 hours a week for the parent company and is offered 2 hours a week by a subsidiary is owed a
 * statement, although each job alone stays under the 3-hour threshold. Hours with an unrelated employer do not count.
 */
@ApplicationTest
class GroupHoursIntegrationTest {

    @Autowired
    OfferTerms offerTerms;

    @Autowired
    Agreements agreements;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SharedRoles roles;

    AgreementFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AgreementFixtures(registration, organisations, roles);
    }

    @Test
    void hoursWithTheParentCompanyCountTogetherWithTheOfferedHours() {
        var parent = fixtures.cooperative("Moderselskab");
        var subsidiary = fixtures.cooperative("Datterselskab");
        joinGroup(subsidiary, parent);
        long person = fixtures.freelancer("Sofie Holm");
        book(parent, person, "man 08:00–10:00");

        List<Finding> findings = offerFor(subsidiary, person, week("tir 08:00–10:00"));

        assertThat(rules(findings))
                .contains(Rule.CONTRACT_STATEMENT_GROUP)
                .doesNotContain(Rule.CONTRACT_STATEMENT_NOT_OWED);
        assertThat(organisations.group(subsidiary.organisationId()))
                .containsExactlyInAnyOrder(parent.organisationId(), subsidiary.organisationId());
    }

    @Test
    void hoursWithAnEmployerOutsideTheGroupDoNotCount() {
        var other = fixtures.cooperative("Ikke i koncernen");
        var employer = fixtures.cooperative("Arbejdsgiver");
        long person = fixtures.freelancer("Jonas Dahl");
        book(other, person, "man 08:00–10:00");

        List<Finding> findings = offerFor(employer, person, week("tir 08:00–10:00"));

        assertThat(rules(findings))
                .contains(Rule.CONTRACT_STATEMENT_NOT_OWED)
                .doesNotContain(Rule.CONTRACT_STATEMENT_GROUP);
        assertThat(organisations.group(employer.organisationId())).containsExactly(employer.organisationId());
    }

    private void joinGroup(AgreementFixtures.Cooperative member, AgreementFixtures.Cooperative parent) {
        var organisation = organisations.byId(member.organisationId());
        var p = organisation.profile();
        organisations.changeProfile(
                member.staffId(),
                organisation.getVersion(),
                new OrganisationProfile(
                        p.name(),
                        p.type(),
                        p.municipalityCode(),
                        p.address(),
                        p.sector(),
                        p.presentation(),
                        p.collectiveAgreement(),
                        p.collectiveAgreementName(),
                        organisations.byId(parent.organisationId()).getCvr().digits()));
    }

    private void book(AgreementFixtures.Cooperative employer, long person, String slots) {
        long role = fixtures.role(employer, "Opvask");
        Creation creation = agreements.create(new NewAgreement(
                role,
                null,
                nextMonday(),
                null,
                List.of(new NewAgreement.Party(person, week(slots))),
                employer.staffId()));
        assertThat(creation).isInstanceOf(Creation.Created.class);
    }

    private List<Finding> offerFor(AgreementFixtures.Cooperative employer, long person, WeekGrid assigned) {
        var role = roles.role(fixtures.role(employer, "Kantinehjælp"));
        var member = new Member(person, assigned, assigned.slotCount(), 2.0, 2, 8);
        var proposal = new Proposal(
                0,
                0,
                role.id(),
                Kind.SINGLE,
                1,
                0.9,
                "PENDING",
                0,
                false,
                Instant.now(),
                List.of(member),
                new Breakdown(List.of()),
                null,
                null,
                List.of());
        return offerTerms.findings(role, proposal, Map.of(person, "Person"), id -> true);
    }

    private static List<Rule> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }
}
