package dk.jobandel.procurement;

import dk.jobandel.members.MemberLookups;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.procurement.core.ContractStatus;
import java.sql.Date;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contracts' and interests' rows as {@link Contracts} returns them, the organisations named by the members
 * module: one look-up per list, never one per row.
 */
final class ContractRows {

    private final JdbcClient jdbc;
    private final MemberLookups members;

    ContractRows(JdbcClient jdbc, MemberLookups members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    private static final String CONTRACT_SELECT = """
            select c.id, c.organisation_id, c.title, c.description, c.service, c.estimated_value_dkk,
                   c.starts_on, c.ends_on, c.municipality_code, c.above_eu_threshold, c.status,
                   c.supplier_organisation_id, c.awarded_on, c.version
            from procurement_contract c
            """;

    /** A contract as read, its organisations still to be named by the members module. */
    private static Contracts.Contract contract(java.sql.ResultSet rs) throws java.sql.SQLException {
        long supplierColumn = rs.getLong(12);
        Long supplier = rs.wasNull() ? null : supplierColumn;
        Date awarded = rs.getDate(13);
        return new Contracts.Contract(
                rs.getLong(1),
                rs.getLong(2),
                "",
                new ContractDetails(
                        rs.getString(3),
                        rs.getString(4),
                        ServiceKind.valueOf(rs.getString(5)),
                        rs.getLong(6),
                        rs.getDate(7).toLocalDate(),
                        rs.getDate(8).toLocalDate(),
                        rs.getShort(9),
                        rs.getBoolean(10)),
                ContractStatus.valueOf(rs.getString(11)),
                supplier,
                "",
                awarded == null ? null : awarded.toLocalDate(),
                rs.getLong(14));
    }

    /** The contracts with their municipality's and supplier's names: one statement, whatever the number. */
    private List<Contracts.Contract> named(List<Contracts.Contract> contracts) {
        if (contracts.isEmpty()) {
            return contracts;
        }
        Set<Long> ids = new HashSet<>();
        for (Contracts.Contract c : contracts) {
            ids.add(c.organisationId());
            if (c.supplierId() != null) {
                ids.add(c.supplierId());
            }
        }
        Map<Long, String> names = members.organisationNames(ids);
        return contracts.stream()
                .map(c -> new Contracts.Contract(
                        c.id(),
                        c.organisationId(),
                        names.getOrDefault(c.organisationId(), ""),
                        c.details(),
                        c.status(),
                        c.supplierId(),
                        c.supplierId() == null ? "" : names.getOrDefault(c.supplierId(), ""),
                        c.awardedOn(),
                        c.version()))
                .toList();
    }

    /** The contracts the condition selects, named: two statements whatever the number. */
    List<Contracts.Contract> contracts(String whereAndOrder, Map<String, ?> params) {
        return named(jdbc.sql(CONTRACT_SELECT + whereAndOrder)
                .params(params)
                .query((rs, row) -> contract(rs))
                .list());
    }

    /**
     * The interests in a contract, all of them or ({@code own} not null) only that organisation's: two statements
     * (the second asks the members module for the names and kinds).
     */
    List<Contracts.Interest> interests(long contractId, @Nullable Long own) {
        record Row(long organisation, String note, boolean invited, Instant registeredAt) {}
        var sql = """
                select i.organisation_id, i.note, i.invited, i.registered_at from contract_interest i
                where i.contract_id = :id
                """ + (own == null ? "" : " and i.organisation_id = :own");
        var spec = jdbc.sql(sql).param("id", contractId);
        if (own != null) {
            spec = spec.param("own", own);
        }
        List<Row> rows = spec.query((rs, row) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBoolean(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        // by when they registered, then by name as the members module sorts names (its list's order)
        List<MemberLookups.OrganisationFacts> organisations =
                members.organisationFacts(rows.stream().map(Row::organisation).collect(Collectors.toSet()));
        Map<Long, Integer> byName = new HashMap<>();
        Map<Long, MemberLookups.OrganisationFacts> facts = new HashMap<>();
        for (int i = 0; i < organisations.size(); i++) {
            byName.put(organisations.get(i).id(), i);
            facts.put(organisations.get(i).id(), organisations.get(i));
        }
        return rows.stream()
                .filter(r -> facts.containsKey(r.organisation()))
                .sorted(Comparator.comparing(Row::registeredAt).thenComparing(r -> byName.get(r.organisation())))
                .map(r -> new Contracts.Interest(
                        r.organisation(),
                        facts.get(r.organisation()).name(),
                        facts.get(r.organisation()).kind().name(),
                        r.note(),
                        r.invited()))
                .toList();
    }
}
