package dk.jobandel.matching.web;

import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.matching.MatchingProposals.Kind;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.matching.MatchingRuns;
import dk.jobandel.matching.ProposalViews;
import dk.jobandel.matching.ProposalViews.ProposalView;
import dk.jobandel.matching.ReverseMatching;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.platform.PageNotFound;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.RoleStatus;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.roles.WorkMode;
import dk.jobandel.shared.WeekGrid;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consultants run matching and follow the run, see every published role's best proposal, read a role's
 * teams and candidates with their explanation and week picture, and look up the best roles for one
 * freelancer.
 */
@Controller
class MatchingController {

    private final MatchingRuns runs;
    private final MatchingProposals proposals;
    private final ReverseMatching reverse;
    private final SharedRoles roles;
    private final MemberDirectory directory;
    private final ProposalViews views;

    MatchingController(
            MatchingRuns runs,
            MatchingProposals proposals,
            ReverseMatching reverse,
            SharedRoles roles,
            MemberDirectory directory,
            ProposalViews views) {
        this.runs = runs;
        this.proposals = proposals;
        this.reverse = reverse;
        this.roles = roles;
        this.directory = directory;
        this.views = views;
    }

    /** A published role in the overview with its best proposal, if any. */
    record RoleRow(SharedRoles.Listed role, MatchingProposals.RoleSummary summary) {}

    @GetMapping("/consultant/matching")
    String overview(Model model) {
        Map<Long, MatchingProposals.RoleSummary> summaries = proposals.summaries();
        List<RoleRow> rows = roles.search(new SharedRoles.Filter(RoleStatus.PUBLISHED, null, null, null)).stream()
                .map(role -> new RoleRow(
                        role,
                        summaries.getOrDefault(
                                role.id(), new MatchingProposals.RoleSummary(role.id(), null, null, 0, 0, 0, false))))
                .toList();
        // the run under way, if any, is the newest of the recent ones (one run at a time): no query of its own
        List<MatchingRuns.Run> recent = runs.recent(10);
        model.addAttribute(
                "current",
                recent.stream().filter(MatchingRuns.Run::running).findFirst().orElse(null));
        model.addAttribute("rows", rows);
        model.addAttribute("runs", recent);
        return "matching/overview";
    }

    @PostMapping("/consultant/matching/run")
    String run(@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
        var started = runs.start(MatchingRuns.Trigger.MANUAL, me.accountId(), MatchingRuns.Scope.ALL);
        if (started.isPresent()) {
            return "redirect:/consultant/matching/runs/" + started.get().id();
        }
        redirect.addFlashAttribute("flash", "matching.run.busy");
        return runs.current()
                .map(current -> "redirect:/consultant/matching/runs/" + current.id())
                .orElse("redirect:/consultant/matching");
    }

    /** A run's progress; htmx asks again every second for the status part while the run works. */
    @GetMapping("/consultant/matching/runs/{id}")
    String run(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("run", runs.byId(id).orElseThrow(NotFound::new));
        return htmx == null ? "matching/run" : "matching/run :: status";
    }

    @GetMapping("/consultant/roles/{id}/proposals")
    String proposals(@PathVariable long id, Model model, Locale locale) {
        Role role = roles.role(id);
        List<Proposal> list = proposals.forRole(id);
        Map<Long, String> names =
                names(list.stream().flatMap(p -> p.freelancerIds().stream()).collect(Collectors.toSet()));
        boolean remote = role.details().workMode() == WorkMode.REMOTE;
        WeekGrid schedule = role.details().schedule();
        model.addAttribute("role", role);
        model.addAttribute("names", names);
        model.addAttribute(
                "offered",
                list.stream()
                        .filter(p -> p.kind() != Kind.CANDIDATE)
                        .map(p -> view(p, schedule, remote, names, locale))
                        .toList());
        model.addAttribute(
                "candidates",
                list.stream()
                        .filter(p -> p.kind() == Kind.CANDIDATE)
                        .map(p -> view(p, schedule, remote, names, locale))
                        .toList());
        return "matching/proposals";
    }

    @GetMapping("/consultant/freelancers/{id}/roles")
    String rolesFor(@PathVariable long id, Model model, Locale locale) {
        var freelancer = directory.freelancer(id).orElseThrow(NotFound::new);
        var result = reverse.bestRolesFor(id, 20);
        Map<Long, String> names = Map.of(id, freelancer.displayName());
        model.addAttribute("freelancer", freelancer);
        model.addAttribute("names", names);
        model.addAttribute("matchable", result.matchable());
        model.addAttribute(
                "matches",
                result.roles().stream()
                        .map(match -> new RoleMatch(
                                match.role(),
                                view(
                                        match.proposal(),
                                        match.role().details().schedule(),
                                        match.role().details().workMode() == WorkMode.REMOTE,
                                        names,
                                        locale)))
                        .toList());
        return "matching/roles-for";
    }

    record RoleMatch(Role role, ProposalView view) {}

    private ProposalView view(
            Proposal proposal, WeekGrid schedule, boolean remote, Map<Long, String> names, Locale locale) {
        return views.view(proposal, schedule, remote, names, locale);
    }

    private Map<Long, String> names(Collection<Long> accountIds) {
        return directory.staffOf(accountIds).stream()
                .collect(Collectors.toMap(
                        MemberDirectory.MemberSummary::accountId,
                        MemberDirectory.MemberSummary::displayName,
                        (a, b) -> a));
    }

    /** Nothing by that id. */
    static final class NotFound extends PageNotFound {}
}
