package dk.jobandel.privacy;

import dk.jobandel.platform.PersonalData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every module's contribution, in erasure order, and the tables that hold no personal data with the reason: the
 * one place that classifies every table (the coverage test compares it with the database).
 */
@Component
public class PersonalDataMap {

    /** Tables without personal data, with why. A new table must go here or into a contribution. */
    public static final Map<String, String> NOT_PERSONAL = Map.ofEntries(
            Map.entry("flyway_schema_history", "schema versions"),
            Map.entry("region", "reference data"),
            Map.entry("municipality", "reference data"),
            Map.entry("skill_category", "reference data"),
            Map.entry("skill", "reference data"),
            Map.entry("organisation", "an organisation (a legal entity) and its business address"),
            Map.entry("shared_role", "a role an organisation posts"),
            Map.entry("shared_role_skill", "a role's skills"),
            Map.entry("advisor_role_score", "a role's secure-terms score: describes an organisation's role, no person"),
            Map.entry("proposal", "scores and explanations by account id; the people are in proposal_member"),
            Map.entry("proposal_need", "a pool need in a portfolio"),
            Map.entry("agreement", "terms and amounts; the people are in agreement_party"),
            Map.entry("agreement_part", "a pool member's part of an agreement"),
            Map.entry("pool_need_skill", "a need's skills"),
            Map.entry("privacy_erasure", "the anonymous account's alias and why it was erased: no personal data"),
            Map.entry("retention_run", "counts of a retention run"),
            Map.entry(
                    "rate_limit_bucket",
                    "token buckets keyed by a SHA-256 of the limit and its subject, gone within the hour"),
            Map.entry("shedlock", "which node holds a scheduled job's lock, by host name"),
            Map.entry("sov_service", "a social enterprise's services"),
            Map.entry("sov_municipality", "where a social enterprise works"),
            Map.entry("sov_region", "where a social enterprise works"),
            Map.entry("sov_target_group", "whom a social enterprise employs, as groups"),
            Map.entry("partnership_need", "a firm's partnership need"),
            Map.entry("partnership_need_best_sov", "a need's best social enterprises, as scores of organisations"),
            Map.entry(
                    "partnership_follow_up_target_group", "the target groups of a follow-up's filled jobs, as groups"),
            Map.entry(
                    "clause_template",
                    "the clause library's templates; who wrote a version is in clause_template_version"),
            Map.entry(
                    "contract_clause",
                    "a contract's clauses, targets and a supplier's commitments: figures of organisations"),
            // proc16: a supplier's field and area, and which overdue reports were noticed: about organisations
            Map.entry("supplier_profile_service", "the services a supplier offers"),
            Map.entry("supplier_profile_municipality", "where a supplier works"),
            Map.entry("supplier_profile_region", "the regions a supplier works in"),
            Map.entry("clause_overdue_notice", "which clause periods were noticed as overdue"),
            Map.entry("partnership_need_target_group", "a need's target groups"),
            Map.entry("partnership_target_group", "a partnership's target groups"));

    private final List<PersonalData> contributions;
    private final PrivacySettings settings;
    private final Duration mailsKeptFor;

    PersonalDataMap(
            List<PersonalData> contributions,
            PrivacySettings settings,
            @Value("${jobandel.mail.keep-for:P30D}") Duration mailsKeptFor) {
        this.contributions = contributions.stream()
                .sorted(Comparator.comparingInt(PersonalData::order).thenComparing(PersonalData::name))
                .toList();
        this.settings = settings;
        this.mailsKeptFor = mailsKeptFor;
    }

    /** In erasure order. */
    public List<PersonalData> contributions() {
        return contributions;
    }

    public Set<String> coveredTables() {
        var tables = new TreeSet<String>();
        contributions.forEach(c -> tables.addAll(c.tables()));
        return tables;
    }

    /** Every purpose of every contribution, for the records of processing and the notice. */
    public List<PersonalData.Purpose> purposes() {
        var purposes = new ArrayList<PersonalData.Purpose>();
        contributions.forEach(c -> purposes.addAll(c.purposes()));
        purposes.sort(Comparator.comparing(PersonalData.Purpose::id));
        return purposes;
    }

    /** The retention figures the notice states, by name, from configuration. */
    public Map<String, Long> retentionFigures() {
        return Map.of(
                "warnAfterMonths", (long) settings.warnAfterMonths(),
                "eraseAfterMonths", (long) settings.eraseAfterMonths(),
                "securityEventDays", (long) settings.securityEventDays(),
                "mailDays", mailsKeptFor.toDays(),
                "exportDays", (long) settings.exportDays(),
                "unconfirmedDays", (long) settings.unconfirmedDays(),
                "bookkeepingYears", 5L);
    }

    public PrivacySettings settings() {
        return settings;
    }
}
