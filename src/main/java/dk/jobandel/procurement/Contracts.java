package dk.jobandel.procurement;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.audit.Subject;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.procurement.core.ContractAccess;
import dk.jobandel.procurement.core.ContractStatus;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's contracts, from draft to award: recording one, choosing clauses from the library with their
 * targets, publishing it, suppliers' interest (or a direct invitation under the EU threshold), and choosing the
 * winner. Who may see and change what is {@link ContractAccess}; anything an actor may not see reads as not found.
 */
@Service
public class Contracts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    private final ContractRows rows;

    Contracts(JdbcClient jdbc, Clock clock, AuditTrail audit, MemberLookups members) {
        this.rows = new ContractRows(jdbc, members);
        this.jdbc = jdbc;
        this.clock = clock;
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
        if (!actor.isMunicipality()) {
            throw new ProcurementRefused("notMunicipality");
        }
        if (!actor.verified()) {
            throw new ProcurementRefused("notVerified");
        }
        if (!details.endsOn().isAfter(details.startsOn())) {
            throw new ProcurementRefused("endsBeforeStart", "endsOn");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into procurement_contract (organisation_id, title, description, service,
                            estimated_value_dkk, starts_on, ends_on, municipality_code, above_eu_threshold,
                            created_by, created_at)
                        values (:org, :title, :description, :service, :value, :starts, :ends, :municipality,
                                :above, :by, :at)
                        """)
                .param("org", actor.organisation())
                .param("title", details.title().strip())
                .param("description", details.description().strip())
                .param("service", details.service().name())
                .param("value", details.estimatedValueDkk())
                .param("starts", Date.valueOf(details.startsOn()))
                .param("ends", Date.valueOf(details.endsOn()))
                .param("municipality", details.municipalityCode())
                .param("above", details.aboveEuThreshold())
                .param("by", actor.accountId())
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
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
        Visible v = load(actor, contractId);
        if (!actor.isStaffOf(v.contract().organisationId())) {
            throw new ProcurementNotFound(contractId);
        }
        if (v.contract().status() == ContractStatus.AWARDED) {
            throw new ProcurementRefused("awardedUnchanged");
        }
        if (!details.endsOn().isAfter(details.startsOn())) {
            throw new ProcurementRefused("endsBeforeStart", "endsOn");
        }
        int updated = jdbc.sql("""
                        update procurement_contract set title = :title, description = :description,
                            service = :service, estimated_value_dkk = :value, starts_on = :starts, ends_on = :ends,
                            municipality_code = :municipality, above_eu_threshold = :above, version = version + 1
                        where id = :id and version = :version and status <> 'AWARDED'
                        """)
                .param("title", details.title().strip())
                .param("description", details.description().strip())
                .param("service", details.service().name())
                .param("value", details.estimatedValueDkk())
                .param("starts", Date.valueOf(details.startsOn()))
                .param("ends", Date.valueOf(details.endsOn()))
                .param("municipality", details.municipalityCode())
                .param("above", details.aboveEuThreshold())
                .param("id", contractId)
                .param("version", basedOnVersion)
                .update();
        return updated == 1;
    }

    /** A clause from the library at its current version, with its target; only while the contract is a draft. */
    @Transactional
    public void addClause(Actor actor, long contractId, long templateId, @Nullable BigDecimal target) {
        Contract c = ownDraft(actor, contractId);
        try {
            int added = jdbc.sql("""
                            insert into contract_clause (contract_id, template_id, template_version, target_value)
                            select :contract, t.id, t.current_version, :target from clause_template t where t.id = :template
                            """)
                    .param("contract", c.id())
                    .param("template", templateId)
                    .param("target", target)
                    .update();
            if (added == 0) {
                throw new ProcurementRefused("unknownTemplate", "templateId");
            }
        } catch (DuplicateKeyException e) {
            throw new ProcurementRefused("clauseTwice", "templateId");
        }
    }

    @Transactional
    public void removeClause(Actor actor, long contractId, long clauseId) {
        Contract c = ownDraft(actor, contractId);
        jdbc.sql("delete from contract_clause where id = :clause and contract_id = :contract")
                .param("clause", clauseId)
                .param("contract", c.id())
                .update();
    }

    /** Out for tender: suppliers see it. A contract needs at least one clause. */
    @Transactional
    public void publish(Actor actor, long contractId, long basedOnVersion) {
        Contract c = ownDraft(actor, contractId);
        int clauses = jdbc.sql("select count(*) from contract_clause where contract_id = :id")
                .param("id", contractId)
                .query(Integer.class)
                .single();
        if (clauses == 0) {
            throw new ProcurementRefused("noClauses");
        }
        changeStatus(c, basedOnVersion, ContractStatus.PUBLISHED, null, actor);
    }

    /** A supplier's interest in a published contract. */
    @Transactional
    public void registerInterest(Actor actor, long contractId, String note) {
        Visible v = load(actor, contractId);
        if (!actor.isSupplier() || v.access() != ContractAccess.READER) {
            throw new ProcurementRefused("notOpen");
        }
        if (!actor.verified()) {
            throw new ProcurementRefused("notVerified");
        }
        insertInterest(contractId, actor.organisation(), note, false, actor.accountId());
    }

    /** Under the EU threshold the municipality may invite a supplier directly. */
    @Transactional
    public void invite(Actor actor, long contractId, long supplierId) {
        Visible v = load(actor, contractId);
        if (!actor.isStaffOf(v.contract().organisationId()) || v.contract().status() == ContractStatus.AWARDED) {
            throw new ProcurementNotFound(contractId);
        }
        if (v.contract().details().aboveEuThreshold()) {
            throw new ProcurementRefused("aboveThreshold");
        }
        insertInterest(contractId, supplierId, "", true, actor.accountId());
    }

    private void insertInterest(long contractId, long organisationId, String note, boolean invited, long by) {
        try {
            jdbc.sql("""
                            insert into contract_interest (contract_id, organisation_id, note, invited, registered_by,
                                                           registered_at)
                            values (:contract, :org, :note, :invited, :by, :at)
                            """)
                    .param("contract", contractId)
                    .param("org", organisationId)
                    .param("note", note.strip())
                    .param("invited", invited)
                    .param("by", by)
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ProcurementRefused("interestTwice");
        }
    }

    /** The ids of a contract's clauses, in the order they were chosen. */
    @Transactional(readOnly = true)
    public long[] clauseIds(Actor actor, long contractId) {
        load(actor, contractId);
        return jdbc
                .sql("select id from contract_clause where contract_id = :id order by id")
                .param("id", contractId)
                .query(Long.class)
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
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
        Visible v = load(actor, contractId);
        if (!actor.isStaffOf(v.contract().organisationId())) {
            throw new ProcurementNotFound(contractId);
        }
        if (v.contract().status() != ContractStatus.PUBLISHED) {
            throw new ProcurementRefused("notPublished");
        }
        boolean interested = jdbc.sql(
                        "select count(*) > 0 from contract_interest where contract_id = :c and organisation_id = :o")
                .param("c", contractId)
                .param("o", supplierId)
                .query(Boolean.class)
                .single();
        if (!interested) {
            throw new ProcurementRefused("notInterested", "supplierId");
        }
        changeStatus(v.contract(), basedOnVersion, ContractStatus.AWARDED, supplierId, actor);
    }

    private Contract ownDraft(Actor actor, long contractId) {
        Visible v = load(actor, contractId);
        if (!actor.isStaffOf(v.contract().organisationId())) {
            throw new ProcurementNotFound(contractId);
        }
        if (v.contract().status() != ContractStatus.DRAFT) {
            throw new ProcurementRefused("notDraft");
        }
        return v.contract();
    }

    private void changeStatus(
            Contract c, long basedOnVersion, ContractStatus to, @Nullable Long supplierId, Actor actor) {
        int updated = jdbc.sql("""
                        update procurement_contract
                        set status = :to, supplier_organisation_id = :supplier, awarded_on = :awarded,
                            version = version + 1
                        where id = :id and version = :version
                        """)
                .param("to", to.name())
                .param("supplier", supplierId)
                .param("awarded", supplierId == null ? null : Date.valueOf(LocalDate.now(clock)))
                .param("id", c.id())
                .param("version", basedOnVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("contract " + c.id() + " changed");
        }
        audit.record(
                new Subject("PROCUREMENT_CONTRACT", c.id()), c.status().name(), to.name(), actor.accountId(), null);
    }
}
