package dk.jobandel.procurement;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.partnerships.PartnershipMatching;
import dk.jobandel.procurement.core.BookedEvidence;
import dk.jobandel.procurement.core.ChosenClause;
import dk.jobandel.procurement.core.ClauseCheck;
import dk.jobandel.procurement.core.ClauseKind;
import dk.jobandel.procurement.core.ClauseWarning;
import dk.jobandel.procurement.core.ContractFacts;
import dk.jobandel.procurement.core.ContractStatus;
import dk.jobandel.procurement.core.FollowUp;
import dk.jobandel.procurement.core.LegalBasis;
import dk.jobandel.procurement.core.Progress;
import dk.jobandel.procurement.core.Report;
import dk.jobandel.procurement.core.TargetUnit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract page's read model in a fixed number of statements (contract, clauses, reports, interests, dialogue,
 * and one look-up in the members module for every organisation and person the page names):
 * the clauses with the check's warnings, and for those who follow up, committed against actual per target as rows a
 * chart and a table are drawn from.
 */
@Service
public class ContractPages {

    /** The widest bar of the chart, in SVG units. */
    static final int BAR_WIDTH = 320;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Contracts contracts;
    private final ProcurementSettings settings;
    private final PartnershipMatching matching;
    private final SupplierProfiles supplierProfiles;
    private final EvidenceLinks evidence;
    private final MemberLookups members;

    ContractPages(
            JdbcClient jdbc,
            Clock clock,
            Contracts contracts,
            ProcurementSettings settings,
            PartnershipMatching matching,
            SupplierProfiles supplierProfiles,
            EvidenceLinks evidence,
            MemberLookups members) {
        this.members = members;
        this.supplierProfiles = supplierProfiles;
        this.evidence = evidence;
        this.jdbc = jdbc;
        this.clock = clock;
        this.contracts = contracts;
        this.settings = settings;
        this.matching = matching;
    }

    /** A clause of the contract with the template version it chose, and its follow-up. */
    public record ClauseRow(
            long id,
            long templateId,
            int templateVersion,
            String titleDa,
            String summaryEn,
            ClauseKind kind,
            LegalBasis basis,
            TargetUnit unit,
            int followUpMonths,
            @Nullable BigDecimal target,
            @Nullable BigDecimal committed,
            Progress progress,
            List<ReportRow> reports) {

        /** Bar lengths for the chart, scaled to the largest of committed, expected and actual. */
        public int committedBar() {
            return bar(committed);
        }

        public int actualBar() {
            return bar(progress.actual());
        }

        public int expectedBar() {
            return bar(progress.expectedByNow());
        }

        private int bar(@Nullable BigDecimal value) {
            BigDecimal max = progress.actual().max(progress.expectedByNow());
            if (committed != null) {
                max = max.max(committed);
            }
            if (value == null || max.signum() == 0) {
                return 0;
            }
            return value.multiply(BigDecimal.valueOf(BAR_WIDTH))
                    .divide(max, 0, java.math.RoundingMode.HALF_UP)
                    .intValue();
        }
    }

    public record ReportRow(LocalDate periodStart, BigDecimal actual, String evidence, String reportedBy) {}

    public record DialogueRow(
            LocalDate heldOn, String note, @Nullable Long penaltyDkk, String recordedBy) {}

    /**
     * A person linked to an hours clause, with what their bookings give per period once they consented.
     *
     * @param booked the booked hours per period that has begun; empty without consent
     */
    public record LinkRow(EvidenceLinks.Link link, String clauseTitle, List<Report> booked) {}

    public record Page(
            Contracts.Visible visible,
            List<ClauseRow> clauses,
            List<ClauseWarning> warnings,
            List<Contracts.Interest> interests,
            List<DialogueRow> dialogue,
            LocalDate today,
            List<LinkRow> links) {

        public Contracts.Contract contract() {
            return visible.contract();
        }

        public List<ClauseRow> measured() {
            return clauses.stream().filter(c -> c.unit().measurable()).toList();
        }

        public boolean anyShortfall() {
            return clauses.stream().anyMatch(c -> c.progress().shortfall());
        }

        /** The first days of the periods that have begun, over every measured clause: what may be reported. */
        public List<LocalDate> periodStarts() {
            return measured().stream()
                    .flatMap(c -> c.progress().periods().stream())
                    .map(p -> p.period().start())
                    .filter(d -> !d.isAfter(today))
                    .distinct()
                    .sorted()
                    .toList();
        }

        public long overdue() {
            return clauses.stream().mapToLong(c -> c.progress().overdue()).sum();
        }
    }

    @Transactional(readOnly = true)
    public Page page(Actor actor, long contractId) {
        // the organisations and people the page names are asked of the members module in one look-up, below
        Contracts.Visible unnamed = contracts.loadUnnamed(actor, contractId);
        Contracts.Contract c = unnamed.contract();
        LocalDate today = LocalDate.now(clock);
        boolean followsUp = unnamed.access().followsUp();
        record Reported(
                long clause, ReportRow report, @Nullable Long by) {}
        record Noted(DialogueRow note, @Nullable Long by) {}
        List<Reported> reported = List.of();
        List<Noted> noted = List.of();
        if (followsUp) {
            reported = jdbc.sql("""
                            select r.clause_id, r.period_start, r.actual_value, r.evidence, r.reported_by
                            from clause_report r join contract_clause c on c.id = r.clause_id
                            where c.contract_id = :id order by r.period_start
                            """)
                    .param("id", contractId)
                    .query((rs, row) -> new Reported(
                            rs.getLong(1),
                            new ReportRow(rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), rs.getString(4), ""),
                            rs.getObject(5, Long.class)))
                    .list();
            noted = jdbc.sql("""
                            select d.held_on, d.note, d.penalty_dkk, d.recorded_by from contract_dialogue d
                            where d.contract_id = :id order by d.held_on, d.id
                            """)
                    .param("id", contractId)
                    .query((rs, row) -> {
                        long penalty = rs.getLong(3);
                        boolean noPenalty = rs.wasNull();
                        return new Noted(
                                new DialogueRow(
                                        rs.getDate(1).toLocalDate(), rs.getString(2), noPenalty ? null : penalty, ""),
                                rs.getObject(4, Long.class));
                    })
                    .list();
        }
        List<ContractRows.InterestRow> interestRows = contracts.interestRows(actor, unnamed);
        Set<Long> organisations = new HashSet<>(ContractRows.organisations(c));
        interestRows.forEach(i -> organisations.add(i.organisation()));
        Set<Long> people = new HashSet<>();
        reported.stream().map(Reported::by).filter(Objects::nonNull).forEach(people::add);
        noted.stream().map(Noted::by).filter(Objects::nonNull).forEach(people::add);
        MemberLookups.Names names = members.names(organisations, people);
        Contracts.Visible visible = new Contracts.Visible(ContractRows.named(c, names), unnamed.access());
        List<Contracts.Interest> interests = ContractRows.interests(interestRows, names);
        Map<Long, List<ReportRow>> reports = new HashMap<>();
        for (Reported r : reported) {
            ReportRow row = r.report();
            reports.computeIfAbsent(r.clause(), k -> new ArrayList<>())
                    .add(new ReportRow(row.periodStart(), row.actual(), row.evidence(), names.account(r.by())));
        }
        List<DialogueRow> dialogue = noted.stream()
                .map(n -> new DialogueRow(
                        n.note().heldOn(), n.note().note(), n.note().penaltyDkk(), names.account(n.by())))
                .toList();
        // hours from bookings: only for those who follow up an awarded contract, and read only for consented links
        List<EvidenceLinks.Link> links =
                followsUp && c.status() == ContractStatus.AWARDED ? evidence.linksOf(contractId) : List.of();
        LocalDate lastDay =
                today.isBefore(c.details().endsOn()) ? today : c.details().endsOn();
        List<dk.jobandel.agreements.BookedHoursForEvidence.DayHours> bookedDays =
                links.stream().anyMatch(l -> l.consent() == EvidenceLinks.Consent.GIVEN)
                        ? evidence.bookedHours(links, c.details().startsOn(), lastDay)
                        : List.of();
        Map<Long, List<BookedEvidence.Day>> daysByLink = new HashMap<>();
        for (EvidenceLinks.Link l : links) {
            if (l.consent() != EvidenceLinks.Consent.GIVEN) {
                continue;
            }
            daysByLink.put(
                    l.id(),
                    bookedDays.stream()
                            .filter(d ->
                                    d.agreementId() == l.agreementId() && d.personAccountId() == l.personAccountId())
                            .map(d -> new BookedEvidence.Day(d.day(), d.hours()))
                            .toList());
        }
        List<ClauseRow> clauses = jdbc.sql("""
                        select c.id, c.template_id, c.template_version, v.title_da, v.summary_en, v.kind,
                               v.legal_basis, v.target_unit, v.follow_up_months, c.target_value, c.committed_value
                        from contract_clause c
                        join clause_template_version v on v.template_id = c.template_id and v.number = c.template_version
                        where c.contract_id = :id order by c.id
                        """)
                .param("id", contractId)
                .query((rs, row) -> {
                    long id = rs.getLong(1);
                    TargetUnit unit = TargetUnit.valueOf(rs.getString(8));
                    int months = rs.getInt(9);
                    BigDecimal committed = followsUp ? rs.getBigDecimal(11) : null;
                    List<ReportRow> own = reports.getOrDefault(id, List.of());
                    List<Report> actuals = own.stream()
                            .map(r -> new Report(r.periodStart(), r.actual()))
                            .toList();
                    List<BookedEvidence.Day> bookedForClause = links.stream()
                            .filter(l -> l.clauseId() == id && daysByLink.containsKey(l.id()))
                            .flatMap(l -> daysByLink.get(l.id()).stream())
                            .toList();
                    if (unit == TargetUnit.HOURS && !bookedForClause.isEmpty()) {
                        actuals = BookedEvidence.merge(
                                actuals,
                                BookedEvidence.perPeriod(
                                        FollowUp.periods(
                                                c.details().startsOn(),
                                                c.details().endsOn(),
                                                months),
                                        bookedForClause,
                                        today));
                    }
                    Progress progress = FollowUp.progress(
                            unit,
                            c.status() == ContractStatus.AWARDED ? committed : null,
                            c.details().startsOn(),
                            c.details().endsOn(),
                            months,
                            actuals,
                            c.status() == ContractStatus.AWARDED
                                    ? today
                                    : c.details().startsOn());
                    return new ClauseRow(
                            id,
                            rs.getLong(2),
                            rs.getInt(3),
                            rs.getString(4),
                            rs.getString(5),
                            ClauseKind.valueOf(rs.getString(6)),
                            LegalBasis.valueOf(rs.getString(7)),
                            unit,
                            months,
                            rs.getBigDecimal(10),
                            committed,
                            progress,
                            own);
                })
                .list();
        List<ClauseWarning> warnings = List.of();
        if (visible.access().full()) {
            warnings = ClauseCheck.check(
                    facts(c),
                    clauses.stream()
                            .map(r -> new ChosenClause(r.templateId(), r.kind(), r.basis(), r.unit(), r.target()))
                            .toList(),
                    settings.traineeLimits(),
                    settings.thresholds());
        }
        List<LinkRow> linkRows = new ArrayList<>();
        for (EvidenceLinks.Link l : links) {
            ClauseRow clause = clauses.stream()
                    .filter(r -> r.id() == l.clauseId())
                    .findFirst()
                    .orElse(null);
            if (clause == null) {
                continue;
            }
            List<Report> booked = daysByLink.containsKey(l.id())
                    ? BookedEvidence.perPeriod(
                            FollowUp.periods(c.details().startsOn(), c.details().endsOn(), clause.followUpMonths()),
                            daysByLink.get(l.id()),
                            today)
                    : List.of();
            linkRows.add(new LinkRow(l, clause.titleDa(), booked));
        }
        return new Page(visible, clauses, warnings, interests, dialogue, today, linkRows);
    }

    static ContractFacts facts(Contracts.Contract c) {
        ContractDetails d = c.details();
        return new ContractFacts(d.service(), d.estimatedValueDkk(), d.startsOn(), d.endsOn(), d.aboveEuThreshold());
    }

    /** SØVs that fit the contract's service and place, with the scorer's reasons; for the municipality only. */
    @Transactional(readOnly = true)
    public List<PartnershipMatching.Ranked> suggestions(Actor actor, long contractId) {
        return suggestions(contracts.load(actor, contractId));
    }

    /** The same, for the page whose contract is loaded already. */
    public List<PartnershipMatching.Ranked> suggestions(Page page) {
        return suggestions(page.visible());
    }

    /**
     * Firms and cooperatives whose supplier profile covers the contract's service and place, with the reasons; for the
     * municipality (and consultants) only, like the SØVs.
     */
    public List<SupplierProfiles.Suggestion> otherSuppliers(Page page) {
        if (!page.visible().access().full()) {
            return List.of();
        }
        ContractDetails d = page.contract().details();
        return supplierProfiles.firmsAndCooperativesFor(d.service(), d.municipalityCode()).stream()
                .limit(5)
                .toList();
    }

    private List<PartnershipMatching.Ranked> suggestions(Contracts.Visible visible) {
        if (!visible.access().full()) {
            return List.of();
        }
        ContractDetails d = visible.contract().details();
        return matching.sovsForService(d.service(), d.municipalityCode()).stream()
                .limit(5)
                .toList();
    }
}
