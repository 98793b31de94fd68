package dk.jobandel.procurement;

import dk.jobandel.agreements.BookedHoursForEvidence;
import dk.jobandel.agreements.BookedHoursForEvidence.Placement;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.procurement.core.ContractStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hours from bookings as evidence, with consent (issue 16). The supplier that won a contract links one of its own
 * agreements (as employer) and a person in it to an hours clause; the person consents on their own page and may
 * withdraw. Bookings are read through {@link BookedHoursForEvidence} only for links whose person has consented and not
 * withdrawn: until then the link shows "waiting for consent".
 */
@Service
public class EvidenceLinks {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Contracts contracts;
    private final BookedHoursForEvidence booked;
    private final Notifications notifications;
    private final MemberLookups members;

    EvidenceLinks(
            JdbcClient jdbc,
            Clock clock,
            Contracts contracts,
            BookedHoursForEvidence booked,
            Notifications notifications,
            MemberLookups members) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.contracts = contracts;
        this.booked = booked;
        this.notifications = notifications;
        this.members = members;
    }

    public enum Consent {
        WAITING,
        GIVEN,
        WITHDRAWN
    }

    /** A link as the contract page shows it. */
    public record Link(
            long id,
            long clauseId,
            long agreementId,
            long personAccountId,
            Consent consent,
            @Nullable Placement placement) {}

    /** A link as the person sees it on their consent page. */
    public record Mine(
            long id,
            String contractTitle,
            String municipality,
            String supplier,
            String clauseTitle,
            long agreementId,
            Consent consent) {}

    /** The supplier's own agreements with their people, to link from. */
    @Transactional(readOnly = true)
    public List<Placement> placementsFor(Actor actor, long contractId) {
        Contracts.Contract c = wonBy(actor, contractId);
        return booked.placementsOf(c.supplierId());
    }

    /** Links a person in one of the supplier's own agreements to an hours clause of a contract it won. */
    @Transactional
    public void link(Actor actor, long contractId, long clauseId, long agreementId, long personAccountId) {
        Contracts.Contract c = wonBy(actor, contractId);
        boolean hoursClause = jdbc.sql("""
                        select count(*) > 0 from contract_clause cc
                        join clause_template_version v on v.template_id = cc.template_id and v.number = cc.template_version
                        where cc.id = :clause and cc.contract_id = :contract and v.target_unit = 'HOURS'
                        """)
                .param("clause", clauseId)
                .param("contract", c.id())
                .query(Boolean.class)
                .single();
        if (!hoursClause) {
            throw new ProcurementRefused("evidence.notHoursClause", "clauseId");
        }
        if (booked.placement(c.supplierId(), agreementId, personAccountId).isEmpty()) {
            throw new ProcurementRefused("evidence.notYourAgreement", "placement");
        }
        try {
            jdbc.sql("""
                            insert into clause_evidence_link (clause_id, agreement_id, person_account_id, linked_by,
                                                              linked_at)
                            values (:clause, :agreement, :person, :by, :at)
                            """)
                    .param("clause", clauseId)
                    .param("agreement", agreementId)
                    .param("person", personAccountId)
                    .param("by", actor.accountId())
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ProcurementRefused("evidence.linkedTwice", "placement");
        }
        // nothing is read before the person says yes: tell them where to answer
        notifications.notify(
                personAccountId,
                NoticeKind.PROCUREMENT_EVIDENCE_CONSENT_ASKED,
                List.of(c.supplierName(), c.details().title()),
                "/procurement/consents");
    }

    private Contracts.Contract wonBy(Actor actor, long contractId) {
        Contracts.Contract c = contracts.load(actor, contractId).contract();
        if (c.status() != ContractStatus.AWARDED || c.supplierId() == null || !actor.isStaffOf(c.supplierId())) {
            throw new ProcurementNotFound(contractId);
        }
        return c;
    }

    /** A contract's links with their consent; placements are read for consented links only. Two statements. */
    List<Link> linksOf(long contractId) {
        record Row(long id, long clauseId, long agreementId, long person, Consent consent) {}
        List<Row> rows = jdbc.sql("""
                        select l.id, l.clause_id, l.agreement_id, l.person_account_id,
                               l.consent_given_at is not null, l.consent_withdrawn_at is not null
                        from clause_evidence_link l join contract_clause c on c.id = l.clause_id
                        where c.contract_id = :id and l.person_account_id is not null order by l.id
                        """)
                .param("id", contractId)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getBoolean(6) ? Consent.WITHDRAWN : rs.getBoolean(5) ? Consent.GIVEN : Consent.WAITING))
                .list();
        Map<String, Placement> placements = new HashMap<>();
        List<Long> consentedAgreements = rows.stream()
                .filter(r -> r.consent() == Consent.GIVEN)
                .map(Row::agreementId)
                .distinct()
                .toList();
        for (Placement p : booked.placements(consentedAgreements)) {
            placements.put(p.agreementId() + ":" + p.personAccountId(), p);
        }
        return rows.stream()
                .map(r -> new Link(
                        r.id(),
                        r.clauseId(),
                        r.agreementId(),
                        r.person(),
                        r.consent(),
                        r.consent() == Consent.GIVEN ? placements.get(r.agreementId() + ":" + r.person()) : null))
                .toList();
    }

    /** Booked hours per day of the consented links, from the contract's start to today or its end. One statement. */
    List<BookedHoursForEvidence.DayHours> bookedHours(List<Link> links, LocalDate from, LocalDate to) {
        List<BookedHoursForEvidence.Person> people = links.stream()
                .filter(l -> l.consent() == Consent.GIVEN)
                .map(l -> new BookedHoursForEvidence.Person(l.agreementId(), l.personAccountId()))
                .distinct()
                .toList();
        return booked.hours(people, from, to);
    }

    /** The links where the signed-in person is the one placed, for their consent page. */
    @Transactional(readOnly = true)
    public List<Mine> mine(long accountId) {
        record Row(Mine mine, long municipality, @Nullable Long supplier) {}
        List<Row> rows = jdbc.sql("""
                        select l.id, c.title, c.organisation_id, c.supplier_organisation_id, v.title_da, l.agreement_id,
                               l.consent_given_at is not null, l.consent_withdrawn_at is not null
                        from clause_evidence_link l
                        join contract_clause cc on cc.id = l.clause_id
                        join clause_template_version v on v.template_id = cc.template_id and v.number = cc.template_version
                        join procurement_contract c on c.id = cc.contract_id
                        where l.person_account_id = :me order by l.linked_at desc, l.id
                        """)
                .param("me", accountId)
                .query((rs, n) -> new Row(
                        new Mine(
                                rs.getLong(1),
                                rs.getString(2),
                                "",
                                "",
                                rs.getString(5),
                                rs.getLong(6),
                                rs.getBoolean(8)
                                        ? Consent.WITHDRAWN
                                        : rs.getBoolean(7) ? Consent.GIVEN : Consent.WAITING),
                        rs.getLong(3),
                        rs.getObject(4, Long.class)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> organisations = new HashSet<>();
        for (Row r : rows) {
            organisations.add(r.municipality());
            if (r.supplier() != null) {
                organisations.add(r.supplier());
            }
        }
        Map<Long, String> names = members.organisationNames(organisations);
        return rows.stream()
                .map(r -> new Mine(
                        r.mine().id(),
                        r.mine().contractTitle(),
                        names.getOrDefault(r.municipality(), ""),
                        r.supplier() == null ? "" : names.getOrDefault(r.supplier(), ""),
                        r.mine().clauseTitle(),
                        r.mine().agreementId(),
                        r.mine().consent()))
                .toList();
    }

    /** The person gives consent (again, after withdrawing); only for a link that is theirs, else not found. */
    @Transactional
    public void giveConsent(long accountId, long linkId) {
        int updated = jdbc.sql("""
                        update clause_evidence_link set consent_given_at = :now, consent_withdrawn_at = null,
                            version = version + 1
                        where id = :id and person_account_id = :me
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", linkId)
                .param("me", accountId)
                .update();
        if (updated == 0) {
            throw new ProcurementNotFound(linkId);
        }
    }

    /** The person withdraws consent: from now on nothing is read from their bookings for the link. */
    @Transactional
    public void withdrawConsent(long accountId, long linkId) {
        int updated = jdbc.sql("""
                        update clause_evidence_link set consent_withdrawn_at = :now, version = version + 1
                        where id = :id and person_account_id = :me and consent_given_at is not null
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", linkId)
                .param("me", accountId)
                .update();
        if (updated == 0) {
            throw new ProcurementNotFound(linkId);
        }
    }
}
