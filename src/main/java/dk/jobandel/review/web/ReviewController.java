package dk.jobandel.review.web;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.audit.Subject;
import dk.jobandel.matching.Explanation;
import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.matching.ProposalViews;
import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.platform.ListPage;
import dk.jobandel.platform.ProfileViewLog;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.review.OfferTerms;
import dk.jobandel.review.Offers;
import dk.jobandel.review.ReviewQueue;
import dk.jobandel.review.ReviewRefused;
import dk.jobandel.review.ReviewStatus;
import dk.jobandel.review.Reviews;
import dk.jobandel.review.Rights;
import dk.jobandel.review.SplitCheck;
import dk.jobandel.review.SplitRefused;
import dk.jobandel.review.core.Offer;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.roles.WorkMode;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.shared.WeekGridFormatException;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultants' review: the queue of proposals awaiting a decision, and one proposal with everything
 * needed to decide, what it means for each person, and the approve, adjust and reject forms.
 */
@Controller
@RequestMapping("/consultant/review")
class ReviewController {

    private final Reviews reviews;
    private final Actors actors;
    private final ReviewQueue queue;
    private final OfferTerms offerTerms;
    private final Offers offers;
    private final SharedRoles roles;
    private final ProposalViews views;
    private final MemberDirectory directory;
    private final AuditTrail audit;
    private final ReferenceData referenceData;

    private final ProfileViewLog viewLog;
    private final MessageSource messages;

    ReviewController(
            Reviews reviews,
            ReviewQueue queue,
            Offers offers,
            SharedRoles roles,
            ProposalViews views,
            MemberDirectory directory,
            AuditTrail audit,
            ReferenceData referenceData,
            ProfileViewLog viewLog,
            OfferTerms offerTerms,
            MessageSource messages,
            Actors actors) {
        this.actors = actors;
        this.messages = messages;
        this.viewLog = viewLog;
        this.offerTerms = offerTerms;
        this.reviews = reviews;
        this.queue = queue;
        this.offers = offers;
        this.roles = roles;
        this.views = views;
        this.directory = directory;
        this.audit = audit;
        this.referenceData = referenceData;
    }

    @GetMapping
    String queue(
            @Valid @ModelAttribute("filter") QueueForm filter,
            BindingResult result,
            @RequestParam(required = false) @Nullable String page,
            Locale locale,
            Model model) {
        int number = ListPage.number(page);
        ReviewQueue.QueueOrder order = ReviewQueue.QueueOrder.parse(filter.getSort());
        ReviewQueue.QueuePage queue = result.hasErrors()
                ? new ReviewQueue.QueuePage(ListPage.empty(ListPage.SIZE), List.of(), java.util.Set.of())
                : this.queue.queuePage(filter.queueFilter(), order, number, ListPage.SIZE);
        model.addAttribute("queue", queue.rows());
        model.addAttribute("organisations", queue.organisations());
        model.addAttribute("kinds", List.of(MatchingProposals.Kind.SINGLE, MatchingProposals.Kind.TEAM));
        model.addAttribute("order", order);
        // links keep the filter: the sort headers (from the first page), the pages, and each proposal's, so its page
        // knows its place in this queue
        QueueForm kept = result.hasErrors() ? new QueueForm() : filter;
        Map<String, String> sortLinks = new LinkedHashMap<>();
        for (ReviewQueue.QueueOrder o : ReviewQueue.QueueOrder.values()) {
            sortLinks.put(o.name(), "/consultant/review" + kept.query(o));
        }
        model.addAttribute("sortLinks", sortLinks);
        // "in the plan" tells something only where the plan chose among several proposals for a role
        model.addAttribute(
                "rows",
                QueuedProposal.of(
                        queue.rows().rows(), kept.query(order), queue.planChose(), referenceData, messages, locale));
        model.addAttribute("previousPage", pageLink(kept, order, queue.rows().number() - 1));
        model.addAttribute("nextPage", pageLink(kept, order, queue.rows().number() + 1));
        return "review/queue";
    }

    /** The queue's page {@code number} (from 0) with the filter and order kept. */
    static String pageLink(QueueForm filter, ReviewQueue.QueueOrder order, int number) {
        String context = filter.query(order);
        return number <= 0
                ? "/consultant/review" + context
                : "/consultant/review" + context + (context.isEmpty() ? "?" : "&") + "page=" + number;
    }

    /** The filter a proposal's page was opened with; one that does not read (a typed-in URL) is no filter. */
    private static QueueForm usable(QueueForm filter, BindingResult result) {
        if (!result.hasErrors()
                && (filter.getMinScore() == null || (filter.getMinScore() >= 0 && filter.getMinScore() <= 100))) {
            return filter;
        }
        QueueForm none = new QueueForm();
        none.setSort(filter.getSort());
        return none;
    }

    @GetMapping("/{id}")
    String show(
            @PathVariable long id,
            @ModelAttribute("filter") QueueForm filter,
            BindingResult filterResult,
            @AuthenticationPrincipal SignedInMember me,
            Model model,
            Locale locale) {
        Proposal proposal = reviews.proposal(id);
        // a page that names freelancers: each sees on their privacy page that a consultant read it
        proposal.members().forEach(m -> viewLog.viewed(m.freelancerId(), me, "/consultant/review/" + id));
        DecisionForm form = new DecisionForm();
        form.setVersion(proposal.version());
        form.setSplit(proposal.members().stream()
                .map(m -> m.assigned().format(locale))
                .toList());
        return page(proposal, form, List.of(), usable(filter, filterResult), model, locale);
    }

    @PostMapping("/{id}/approve")
    String approve(
            @PathVariable long id,
            @ModelAttribute("decision") DecisionForm form,
            BindingResult result,
            @ModelAttribute("filter") QueueForm filter,
            BindingResult filterResult,
            @AuthenticationPrincipal SignedInMember me,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Proposal proposal = reviews.proposal(id);
        if (form.getVersion() == null) {
            return changed(id, usable(filter, filterResult), redirect);
        }
        List<WeekGrid> split = null;
        if (proposal.members().size() > 1
                && form.getSplit().size() == proposal.members().size()) {
            split = new ArrayList<>();
            for (int m = 0; m < form.getSplit().size(); m++) {
                try {
                    split.add(WeekGrid.parse(form.getSplit().get(m)));
                } catch (WeekGridFormatException unreadable) {
                    result.rejectValue("split[" + m + "]", unreadable.messageCode(), unreadable.arguments(), null);
                }
            }
        }
        if (result.hasErrors()) {
            return page(proposal, form, List.of(), usable(filter, filterResult), model, locale);
        }
        try {
            reviews.approve(id, form.getVersion(), actors.of(me), split, names(proposal.freelancerIds()));
        } catch (SplitRefused refused) {
            return page(proposal, form, refused.problems(), usable(filter, filterResult), model, locale);
        } catch (ReviewRefused refused) {
            return changed(id, usable(filter, filterResult), redirect);
        }
        redirect.addFlashAttribute("flash", "review.approved");
        return "redirect:/consultant/review/" + id + contextOf(usable(filter, filterResult));
    }

    @PostMapping("/{id}/reject")
    String reject(
            @PathVariable long id,
            @Valid @ModelAttribute("decision") DecisionForm form,
            BindingResult result,
            @ModelAttribute("filter") QueueForm filter,
            BindingResult filterResult,
            @AuthenticationPrincipal SignedInMember me,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Proposal proposal = reviews.proposal(id);
        if (form.getVersion() == null) {
            return changed(id, usable(filter, filterResult), redirect);
        }
        if (form.getReason().isBlank()) {
            result.rejectValue("reason", "review.reason.required");
        }
        if (result.hasErrors()) {
            return page(proposal, form, List.of(), usable(filter, filterResult), model, locale);
        }
        try {
            reviews.reject(id, form.getVersion(), actors.of(me), form.getReason());
        } catch (ReviewRefused refused) {
            return changed(id, usable(filter, filterResult), redirect);
        }
        redirect.addFlashAttribute("flash", "review.rejected");
        return "redirect:/consultant/review" + contextOf(usable(filter, filterResult));
    }

    /** One person's part and what it means for their rights. */
    record PersonPart(long freelancerId, String name, WeekGrid slots, Rights rights) {}

    /** A split problem in words, for a member's field (index) or the whole split (-1). */
    record SplitError(int member, String key, Object[] args) {}

    private String page(
            Proposal proposal,
            DecisionForm form,
            List<SplitCheck.Problem> problems,
            QueueForm filter,
            Model model,
            Locale locale) {
        Role role = roles.role(proposal.roleId());
        Map<Long, String> names = names(proposal.freelancerIds());
        var details = role.details();
        if (form.getSplit().size() != proposal.members().size()) {
            form.setSplit(proposal.members().stream()
                    .map(m -> m.assigned().format(locale))
                    .toList());
        }
        List<PersonPart> parts = proposal.members().stream()
                .map(m -> new PersonPart(
                        m.freelancerId(),
                        names.getOrDefault(m.freelancerId(), "#" + m.freelancerId()),
                        m.assigned(),
                        Rights.of(m.halfHours(), details.payKind(), details.payFrom(), details.pensionPercent())))
                .toList();
        List<Offer> sent = offers.ofProposal(proposal.id());
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject(Reviews.PROPOSAL, proposal.id()));
        sent.forEach(offer -> subjects.add(new Subject(Offers.OFFER, offer.id())));
        model.addAttribute("role", role);
        model.addAttribute("organisationName", organisationName(role));
        model.addAttribute(
                "summary",
                DecisionSummary.of(
                        proposal,
                        details.schedule(),
                        details.workMode() == WorkMode.REMOTE,
                        details.pensionPercent(),
                        names,
                        parts.stream().map(PersonPart::rights).toList(),
                        skill -> referenceData
                                .skill((short) skill)
                                .map(s -> s.name(locale))
                                .orElse("#" + skill),
                        locale));
        model.addAttribute("handovers", Explanation.handovers(proposal, names, referenceData, messages, locale));
        // the place in the queue the consultant came from, and the proposal after this one
        ReviewQueue.QueueOrder order = ReviewQueue.QueueOrder.parse(filter.getSort());
        List<Long> queue = this.queue.queue(filter.queueFilter(), order).stream()
                .map(row -> row.proposal().id())
                .toList();
        int index = queue.indexOf(proposal.id());
        Long next = index >= 0
                ? (index + 1 < queue.size() ? queue.get(index + 1) : null)
                : (queue.isEmpty() ? null : queue.getFirst());
        String context = filter.query(order);
        model.addAttribute("position", index + 1);
        model.addAttribute("queueSize", queue.size());
        model.addAttribute("nextLink", next == null ? null : "/consultant/review/" + next + context);
        // back to the queue's page that holds this proposal (the first page when it is no longer in the queue)
        model.addAttribute("queueLink", pageLink(filter, order, index < 0 ? 0 : index / ListPage.SIZE));
        model.addAttribute("context", context);
        model.addAttribute("status", Reviews.statusOf(proposal));
        model.addAttribute("reviewable", Reviews.statusOf(proposal) == ReviewStatus.UNREVIEWED);
        model.addAttribute(
                "view", views.view(proposal, details.schedule(), details.workMode() == WorkMode.REMOTE, names, locale));
        model.addAttribute("names", names);
        model.addAttribute("parts", parts);
        model.addAttribute("findings", offerTerms.findings(role, proposal, names, id -> true));
        model.addAttribute("offers", sent);
        model.addAttribute("timeline", audit.timeline(subjects));
        model.addAttribute("decision", form);
        model.addAttribute(
                "splitErrors",
                problems.stream()
                        .map(p -> new SplitError(
                                p.member(),
                                p.messageKey(),
                                p.arguments().stream()
                                        .map(a -> a instanceof WeekGrid grid ? grid.format(locale) : a)
                                        .toArray()))
                        .toList());
        return "review/proposal";
    }

    private String organisationName(Role role) {
        return roles.listed(List.of(role.id())).stream()
                .findFirst()
                .map(SharedRoles.Listed::organisationName)
                .orElse("");
    }

    private String changed(long id, QueueForm filter, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "review.changed");
        return "redirect:/consultant/review/" + id + contextOf(filter);
    }

    private static String contextOf(QueueForm filter) {
        return filter.query(ReviewQueue.QueueOrder.parse(filter.getSort()));
    }

    private Map<Long, String> names(Collection<Long> ids) {
        return directory.staffOf(ids).stream()
                .collect(Collectors.toMap(
                        MemberDirectory.MemberSummary::accountId,
                        MemberDirectory.MemberSummary::displayName,
                        (a, b) -> a,
                        LinkedHashMap::new));
    }
}
