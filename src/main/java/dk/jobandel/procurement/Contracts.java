package dk.jobandel.procurement;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.audit.Subject;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.procurement.core.ContractAccess;
import dk.jobandel.procurement.core.ContractRules;
import dk.jobandel.procurement.core.ContractStatus;
import dk.jobandel.shared.core.Decision;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's contracts, from draft to award: recording one, choosing clauses from the library with their
 * targets, publishing it, suppliers' interest (or a direct invitation under the EU threshold), and choosing the
 * winner. Who may see and change what is {@link ContractAccess}; anything an actor may not see reads as not found.
 */
@Service
public class Contracts {

    private final AuditTrail audit;
    private final ContractRows rows;
    private final ContractStore store;

    Contracts(JdbcClient jdbc, Clock clock, AuditTrail audit, MemberLookups members) {
        this.rows = new ContractRows(jdbc, members);
        this.store = new ContractStore(jdbc, clock);
        this.audit = audit;
    }

    /** A contract's head, as stored. */
    public record Contract(
            long id,
            long organisationId,
            String organisationName,
            ContractDetails details,
            ContractStatus status,
            @Nullable Long supplierId,
            String supplierName,
            @Nullable LocalDate awardedOn,
            long version) {}

    /** A supplier's interest in a contract. */
    public record Interest(long organisationId, String name, String kind, String note, boolean invited) {}

    /** The contract and what the actor may see of it; not found when nothing. */
    @Transactional(readOnly = true)
    public Visible load(Actor actor, long id) {
        Visible v = loadUnnamed(actor, id);
        return new Visible(rows.named(List.of(v.contract())).getFirst(), v.access());
    }

    /**
     * The same, with the organisations not yet named: for the contract page, which names everything it shows in one
     * look-up.
     */
    Visible loadUnnamed(Actor actor, long id) {
        Contract c = rows.unnamed(" where c.id = :id", Map.of("id", id)).stream()
                .findFirst()
                .orElseThrow(() -> new ProcurementNotFound(id));
        ContractAccess access = ContractAccess.of(
                actor.consultant(), actor.organisationId(), c.organisationId(), c.status(), c.supplierId());
        if (access == ContractAccess.NONE) {
            throw new ProcurementNotFound(id);
        }
        return new Visible(c, access);
    }

    public record Visible(Contract contract, ContractAccess access) {}

    /**
     * The contracts a member's start page lists: a municipality's own, every contract for a consultant, and for a
     * supplier the published ones and those it won. Two statements (the second names the organisations).
     */
    @Transactional(readOnly = true)
    public List<Contract> listFor(Actor actor) {
        if (actor.consultant()) {
            return rows.contracts(" order by c.status, c.starts_on desc, c.id", Map.of());
        }
        if (actor.organisationId() == null) {
            return List.of();
        }
        String where = actor.isMunicipality()
                ? " where c.organisation_id = :org"
                : " where c.status = 'PUBLISHED' or c.supplier_organisation_id = :org";
        return rows.contracts(
                where + " order by c.status, c.starts_on desc, c.id", Map.of("org", actor.organisationId()));
    }

    /** A verified municipality's new contract, as a draft. */
    @Transactional
    public long create(Actor actor, ContractDetails details) {
        check(ContractRules.create(actor.isMunicipality(), actor.verified(), details.startsOn(), details.endsOn()));
        long id = store.insert(actor.organisation(), details, actor.accountId());
        audit.record(
                new Subject("PROCUREMENT_CONTRACT", id), null, ContractStatus.DRAFT.name(), actor.accountId(), null);
        return id;
    }

    /**
     * The owning municipality changes a contract's details while it is a draft or out for tender (issue 16); after the
     * award it stays as awarded. {@code basedOnVersion} is the version the form showed: when somebody changed the
     * contract since, nothing is saved and {@code false} comes back. The clause check runs again on the contract's page.
     */
    @Transactional
    public boolean update(Actor actor, long contractId, ContractDetails details, long basedOnVersion) {
        Contract c = own(actor, contractId);
        check(ContractRules.update(c.status(), details.startsOn(), details.endsOn()));
        return store.update(contractId, details, basedOnVersion);
    }

    /** A clause from the library at its current version, with its target; only while the contract is a draft. */
    @Transactional
    public void addClause(Actor actor, long contractId, long templateId, @Nullable BigDecimal target) {
        store.addClause(ownDraft(actor, contractId).id(), templateId, target);
    }

    @Transactional
    public void removeClause(Actor actor, long contractId, long clauseId) {
        store.removeClause(ownDraft(actor, contractId).id(), clauseId);
    }

    /** Out for tender: suppliers see it. A contract needs at least one clause. */
    @Transactional
    public void publish(Actor actor, long contractId, long basedOnVersion) {
        Contract c = ownDraft(actor, contractId);
        check(ContractRules.publish(store.clauseCount(contractId)));
        changeStatus(c, basedOnVersion, ContractStatus.PUBLISHED, null, actor);
    }

    /** A supplier's interest in a published contract. */
    @Transactional
    public void registerInterest(Actor actor, long contractId, String note) {
        Visible v = load(actor, contractId);
        check(ContractRules.interest(actor.isSupplier(), v.access(), actor.verified()));
        store.insertInterest(contractId, actor.organisation(), note, false, actor.accountId());
    }

    /** Under the EU threshold the municipality may invite a supplier directly. */
    @Transactional
    public void invite(Actor actor, long contractId, long supplierId) {
        Contract c = own(actor, contractId);
        if (c.status() == ContractStatus.AWARDED) {
            throw new ProcurementNotFound(contractId);
        }
        check(ContractRules.invite(c.details().aboveEuThreshold()));
        store.insertInterest(contractId, supplierId, "", true, actor.accountId());
    }

    /** The ids of a contract's clauses, in the order they were chosen. */
    @Transactional(readOnly = true)
    public long[] clauseIds(Actor actor, long contractId) {
        load(actor, contractId);
        return store.clauseIds(contractId);
    }

    /** Everybody who showed interest or was invited, for the municipality. */
    @Transactional(readOnly = true)
    public List<Interest> interests(Actor actor, long contractId) {
        return interests(actor, load(actor, contractId));
    }

    /** The same, for a contract already loaded with the actor's access. */
    List<Interest> interests(Actor actor, Visible v) {
        return rows.interests(v.contract().id(), visibleInterestsOf(actor, v));
    }

    /** The interests' rows, unnamed, for the contract page. */
    List<ContractRows.InterestRow> interestRows(Actor actor, Visible v) {
        return rows.interestRows(v.contract().id(), visibleInterestsOf(actor, v));
    }

    /** Whose interests the actor sees: everybody's ({@code null}) with full access, else only their own. */
    private static @Nullable Long visibleInterestsOf(Actor actor, Visible v) {
        if (v.access().full()) {
            return null;
        }
        return actor.organisationId() == null ? -1L : actor.organisationId();
    }

    /** The municipality chooses the winner among the suppliers that showed interest or were invited. */
    @Transactional
    public void award(Actor actor, long contractId, long supplierId, long basedOnVersion) {
        Contract c = own(actor, contractId);
        boolean published = c.status() == ContractStatus.PUBLISHED;
        check(ContractRules.award(c.status(), published && store.interested(contractId, supplierId)));
        changeStatus(c, basedOnVersion, ContractStatus.AWARDED, supplierId, actor);
    }

    /** The contract, when the actor is staff of the municipality that owns it; else not found. */
    private Contract own(Actor actor, long contractId) {
        Visible v = load(actor, contractId);
        if (!actor.isStaffOf(v.contract().organisationId())) {
            throw new ProcurementNotFound(contractId);
        }
        return v.contract();
    }

    private Contract ownDraft(Actor actor, long contractId) {
        Contract c = own(actor, contractId);
        if (c.status() != ContractStatus.DRAFT) {
            throw new ProcurementRefused("notDraft");
        }
        return c;
    }

    private void changeStatus(
            Contract c, long basedOnVersion, ContractStatus to, @Nullable Long supplierId, Actor actor) {
        store.changeStatus(c.id(), basedOnVersion, to, supplierId);
        audit.record(
                new Subject("PROCUREMENT_CONTRACT", c.id()), c.status().name(), to.name(), actor.accountId(), null);
    }

    /** A refusal, with the form field its code belongs to. */
    private static void check(Decision decision) {
        if (!decision.allowed()) {
            String code = Objects.requireNonNull(decision.code());
            throw new ProcurementRefused(code, FIELDS.getOrDefault(code, ""));
        }
    }

    private static final Map<String, String> FIELDS =
            Map.of("endsBeforeStart", "endsOn", "notInterested", "supplierId");
}
