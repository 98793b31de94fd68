package dk.jobandel.procurement;

import dk.jobandel.procurement.core.ContractStatus;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The contracts' writes that {@link Contracts} decides on, and the few facts its rules ask: the contract's head, its
 * chosen clauses and the suppliers' interest. A change of status names the version the page read; a changed contract
 * is refused.
 */
final class ContractStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ContractStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new draft; returns its id. */
    long insert(long organisationId, ContractDetails details, long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into procurement_contract (organisation_id, title, description, service,
                            estimated_value_dkk, starts_on, ends_on, municipality_code, above_eu_threshold,
                            created_by, created_at)
                        values (:org, :title, :description, :service, :value, :starts, :ends, :municipality,
                                :above, :by, :at)
                        """)
                .params(details(details))
                .param("org", organisationId)
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The details, on the version read and while not awarded; {@code false} when nothing was saved. */
    boolean update(long contractId, ContractDetails details, long basedOnVersion) {
        int updated = jdbc.sql("""
                        update procurement_contract set title = :title, description = :description,
                            service = :service, estimated_value_dkk = :value, starts_on = :starts, ends_on = :ends,
                            municipality_code = :municipality, above_eu_threshold = :above, version = version + 1
                        where id = :id and version = :version and status <> 'AWARDED'
                        """)
                .params(details(details))
                .param("id", contractId)
                .param("version", basedOnVersion)
                .update();
        return updated == 1;
    }

    /** A clause from the library at its current version; refused for an unknown template or a clause chosen twice. */
    void addClause(long contractId, long templateId, @Nullable BigDecimal target) {
        try {
            int added = jdbc.sql("""
                            insert into contract_clause (contract_id, template_id, template_version, target_value)
                            select :contract, t.id, t.current_version, :target from clause_template t where t.id = :template
                            """)
                    .param("contract", contractId)
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

    void removeClause(long contractId, long clauseId) {
        jdbc.sql("delete from contract_clause where id = :clause and contract_id = :contract")
                .param("clause", clauseId)
                .param("contract", contractId)
                .update();
    }

    int clauseCount(long contractId) {
        return jdbc.sql("select count(*) from contract_clause where contract_id = :id")
                .param("id", contractId)
                .query(Integer.class)
                .single();
    }

    /** The ids of a contract's clauses, in the order they were chosen. */
    long[] clauseIds(long contractId) {
        return jdbc
                .sql("select id from contract_clause where contract_id = :id order by id")
                .param("id", contractId)
                .query(Long.class)
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** A supplier's interest or invitation; refused when it is there already. */
    void insertInterest(long contractId, long organisationId, String note, boolean invited, long by) {
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

    /** Whether the supplier showed interest in the contract or was invited. */
    boolean interested(long contractId, long supplierId) {
        return jdbc.sql("select count(*) > 0 from contract_interest where contract_id = :c and organisation_id = :o")
                .param("c", contractId)
                .param("o", supplierId)
                .query(Boolean.class)
                .single();
    }

    /** The new status (with the winner, when awarded) on the version read. */
    void changeStatus(long contractId, long basedOnVersion, ContractStatus to, @Nullable Long supplierId) {
        int updated = jdbc.sql("""
                        update procurement_contract
                        set status = :to, supplier_organisation_id = :supplier, awarded_on = :awarded,
                            version = version + 1
                        where id = :id and version = :version
                        """)
                .param("to", to.name())
                .param("supplier", supplierId)
                .param("awarded", supplierId == null ? null : Date.valueOf(LocalDate.now(clock)))
                .param("id", contractId)
                .param("version", basedOnVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("contract " + contractId + " changed");
        }
    }

    /** The details' parameters, as both the insert and the update name them. */
    private static java.util.Map<String, @Nullable Object> details(ContractDetails details) {
        var params = new java.util.HashMap<String, @Nullable Object>();
        params.put("title", details.title().strip());
        params.put("description", details.description().strip());
        params.put("service", details.service().name());
        params.put("value", details.estimatedValueDkk());
        params.put("starts", Date.valueOf(details.startsOn()));
        params.put("ends", Date.valueOf(details.endsOn()));
        params.put("municipality", details.municipalityCode());
        params.put("above", details.aboveEuThreshold());
        return params;
    }
}
