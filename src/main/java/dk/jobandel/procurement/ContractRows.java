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
    List<Contracts.Contract> named(List<Contracts.Contract> contracts) {
        if (contracts.isEmpty()) {
            return contracts;
        }
        Set<Long> ids = new HashSet<>();
        contracts.forEach(c -> ids.addAll(organisations(c)));
        MemberLookups.Names names = members.names(ids, List.of());
        return contracts.stream().map(c -> named(c, names)).toList();
    }

    /** The organisations a contract names: the municipality, and the supplier once awarded. */
    static Set<Long> organisations(Contracts.Contract c) {
        return c.supplierId() == null ? Set.of(c.organisationId()) : Set.of(c.organisationId(), c.supplierId());
    }

    static Contracts.Contract named(Contracts.Contract c, MemberLookups.Names names) {
        return new Contracts.Contract(
                c.id(),
                c.organisationId(),
                names.organisation(c.organisationId()),
                c.details(),
                c.status(),
                c.supplierId(),
                names.organisation(c.supplierId()),
                c.awardedOn(),
                c.version());
    }

    /** The contracts the condition selects, unnamed: one statement. */
    List<Contracts.Contract> unnamed(String whereAndOrder, Map<String, ?> params) {
        return jdbc.sql(CONTRACT_SELECT + whereAndOrder)
                .params(params)
                .query((rs, row) -> contract(rs))
                .list();
    }

    /** The contracts the condition selects, named: two statements whatever the number. */
    List<Contracts.Contract> contracts(String whereAndOrder, Map<String, ?> params) {
        return named(unnamed(whereAndOrder, params));
    }

    /** An interest as stored, its organisation still to be named. */
    record InterestRow(long organisation, String note, boolean invited, Instant registeredAt) {}

    /** The interests in a contract, all of them or ({@code own} not null) only that organisation's: one statement. */
    List<InterestRow> interestRows(long contractId, @Nullable Long own) {
        var sql = """
                select i.organisation_id, i.note, i.invited, i.registered_at from contract_interest i
                where i.contract_id = :id
                """ + (own == null ? "" : " and i.organisation_id = :own");
        var spec = jdbc.sql(sql).param("id", contractId);
        if (own != null) {
            spec = spec.param("own", own);
        }
        return spec.query((rs, row) -> new InterestRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBoolean(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The same, named: two statements (the second asks the members module for the names and kinds). */
    List<Contracts.Interest> interests(long contractId, @Nullable Long own) {
        List<InterestRow> rows = interestRows(contractId, own);
        if (rows.isEmpty()) {
            return List.of();
        }
        return interests(
                rows,
                members.names(rows.stream().map(InterestRow::organisation).collect(Collectors.toSet()), List.of()));
    }

    /** By when they registered, then by name as the members module sorts names (the order of its name map). */
    static List<Contracts.Interest> interests(List<InterestRow> rows, MemberLookups.Names names) {
        Map<Long, Integer> byName = new HashMap<>();
        for (long id : names.organisations().keySet()) {
            byName.put(id, byName.size());
        }
        return rows.stream()
                .filter(r -> byName.containsKey(r.organisation()))
                .sorted(Comparator.comparing(InterestRow::registeredAt)
                        .thenComparing(r -> byName.get(r.organisation())))
                .map(r -> new Contracts.Interest(
                        r.organisation(),
                        names.organisation(r.organisation()),
                        names.kinds().get(r.organisation()).name(),
                        r.note(),
                        r.invited()))
                .toList();
    }
}
