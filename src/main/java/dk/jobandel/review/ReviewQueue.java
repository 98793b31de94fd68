package dk.jobandel.review;

import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.matching.MatchingProposals.Kind;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.platform.ListPage;
import dk.jobandel.roles.SharedRoles;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultants' queue: the proposals awaiting review, filtered, sorted and cut into pages, with their roles and
 * their people's names. The decisions on them are {@link Reviews}'.
 */
@Service
public class ReviewQueue {

    private final MatchingProposals proposals;
    private final SharedRoles roles;
    private final MemberDirectory directory;
    private final Clock clock;

    ReviewQueue(MatchingProposals proposals, SharedRoles roles, MemberDirectory directory, Clock clock) {
        this.proposals = proposals;
        this.roles = roles;
        this.directory = directory;
        this.clock = clock;
    }

    /** The queue's filter; empty fields do not filter. */
    public record QueueFilter(
            @Nullable Long organisationId,
            @Nullable Short municipalityCode,
            @Nullable Short skillId,
            @Nullable Kind kind,
            @Nullable Double minScore) {}

    /**
     * A proposal in the queue with its role as lists show it, its people's names (in member order) and how long it
     * has waited since matching made it.
     */
    public record QueueRow(
            MatchingProposals.Queued proposal, SharedRoles.Listed role, List<String> people, Duration waited) {

        public QueueRow {
            people = List.copyOf(people);
        }
    }

    /** The orders the queue can be sorted in; each has the direction a consultant wants first. */
    public enum QueueOrder {
        /** The longest waiting first (the default). */
        WAITED(Comparator.comparing((QueueRow r) -> r.proposal().createdAt())),
        /** The best score first. */
        SCORE(Comparator.comparingDouble((QueueRow r) -> r.proposal().score()).reversed()),
        /** By the role's title. */
        ROLE(Comparator.comparing((QueueRow r) -> r.role().title(), WORDS)),
        /** By the organisation's name. */
        ORGANISATION(Comparator.comparing((QueueRow r) -> r.role().organisationName(), WORDS)),
        /** By the first person's name. */
        PEOPLE(Comparator.comparing((QueueRow r) -> String.join(", ", r.people()), WORDS));

        private final Comparator<QueueRow> order;

        QueueOrder(Comparator<QueueRow> order) {
            this.order = order.thenComparing(r -> r.proposal().createdAt())
                    .thenComparingLong(r -> r.proposal().id());
        }

        /** The order a query parameter names, case-insensitive; anything else (or nothing) is the default. */
        public static QueueOrder parse(@Nullable String value) {
            if (value != null) {
                for (QueueOrder order : values()) {
                    if (order.name().equalsIgnoreCase(value.strip())) {
                        return order;
                    }
                }
            }
            return WAITED;
        }

        /** The value of the query parameter, as links carry it. */
        public String parameter() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Names compared as Danish readers sort them (æ, ø, å last). */
    private static final Comparator<String> WORDS = java.text.Collator.getInstance(java.util.Locale.of("da"))::compare;

    /** Proposals awaiting review, the longest waiting first. Three statements whatever the filter's rows. */
    @Transactional(readOnly = true)
    public List<QueueRow> queue(QueueFilter filter) {
        return queue(filter, QueueOrder.WAITED);
    }

    /** An organisation in the queue's filter: one that has proposals in the queue. */
    public record QueueOrganisation(long id, String name) {}

    /**
     * The queue as its page shows it: one page of rows, the organisations the filter offers (those with proposals
     * that match the rest of the filter, so choosing one always shows something), and the roles for which the plan
     * chose among several proposals in the whole queue (where "in the plan" tells something).
     */
    public record QueuePage(
            ListPage<QueueRow> rows, List<QueueOrganisation> organisations, java.util.Set<Long> planChose) {

        public QueuePage {
            organisations = List.copyOf(organisations);
            planChose = java.util.Set.copyOf(planChose);
        }
    }

    /** Every proposal awaiting review that the filter keeps, in the order asked for. */
    @Transactional(readOnly = true)
    public List<QueueRow> queue(QueueFilter filter, QueueOrder order) {
        return wholeQueue(filter, order).rows();
    }

    /**
     * One page of the proposals awaiting review in the order asked for, with the organisations to filter by; a page
     * past the end is the last page. The whole queue is read and sorted (the orders use names from the roles and
     * members modules), then cut: three statements whatever the queue holds (the proposals, their roles, their
     * people's names); a filter by municipality or skill adds the roles' search.
     */
    @Transactional(readOnly = true)
    public QueuePage queuePage(QueueFilter filter, QueueOrder order, int page, int size) {
        Whole whole = wholeQueue(filter, order);
        java.util.Set<Long> planChose = whole.rows().stream()
                .collect(Collectors.groupingBy(row -> row.proposal().roleId(), Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return new QueuePage(ListPage.of(whole.rows(), page, size), whole.organisations(), planChose);
    }

    private record Whole(List<QueueRow> rows, List<QueueOrganisation> organisations) {}

    private Whole wholeQueue(QueueFilter filter, QueueOrder order) {
        List<Long> roleIds = filter.municipalityCode() != null || filter.skillId() != null
                ? roles.search(new SharedRoles.Filter(null, filter.municipalityCode(), filter.skillId(), null)).stream()
                        .map(SharedRoles.Listed::id)
                        .toList()
                : null;
        List<MatchingProposals.Queued> queued = proposals.queue(new MatchingProposals.QueueFilter(
                roleIds, filter.kind(), filter.minScore(), ReviewStatus.UNREVIEWED.name(), Integer.MAX_VALUE));
        Map<Long, SharedRoles.Listed> listed =
                roles
                        .listed(queued.stream()
                                .map(MatchingProposals.Queued::roleId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(SharedRoles.Listed::id, Function.identity()));
        List<QueueOrganisation> organisations = listed.values().stream()
                .map(role -> new QueueOrganisation(role.organisationId(), role.organisationName()))
                .distinct()
                .sorted(Comparator.comparing(QueueOrganisation::name, WORDS).thenComparingLong(QueueOrganisation::id))
                .toList();
        queued = queued.stream()
                .filter(q -> listed.containsKey(q.roleId()))
                .filter(q -> filter.organisationId() == null
                        || listed.get(q.roleId()).organisationId() == filter.organisationId())
                .toList();
        Map<Long, String> names =
                directory
                        .staffOf(queued.stream()
                                .flatMap(q -> q.freelancerIds().stream())
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(
                                MemberDirectory.MemberSummary::accountId,
                                MemberDirectory.MemberSummary::displayName,
                                (a, b) -> a));
        java.time.Instant now = clock.instant();
        return new Whole(
                queued.stream()
                        .map(q -> new QueueRow(
                                q,
                                listed.get(q.roleId()),
                                q.freelancerIds().stream()
                                        .map(id -> names.getOrDefault(id, "#" + id))
                                        .toList(),
                                Duration.between(q.createdAt(), now).isNegative()
                                        ? Duration.ZERO
                                        : Duration.between(q.createdAt(), now)))
                        .sorted(order.order)
                        .toList(),
                organisations);
    }
}
