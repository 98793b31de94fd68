package dk.jobandel.matching.web;

import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.matching.MatchingRuns;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.roles.RoleNotFound;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.ReferenceData;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Consultants run matching and read each role's proposals with their scores, criterion by criterion. */
@Controller
class MatchingController {

    private final MatchingRuns runs;
    private final MatchingProposals proposals;
    private final SharedRoles roles;
    private final MemberDirectory directory;
    private final ReferenceData referenceData;

    MatchingController(
            MatchingRuns runs,
            MatchingProposals proposals,
            SharedRoles roles,
            MemberDirectory directory,
            ReferenceData referenceData) {
        this.runs = runs;
        this.proposals = proposals;
        this.roles = roles;
        this.directory = directory;
        this.referenceData = referenceData;
    }

    @GetMapping("/consultant/matching")
    String overview(Model model) {
        model.addAttribute("runs", runs.recent(20));
        return "matching/overview";
    }

    @PostMapping("/consultant/matching/run")
    String run(@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
        runs.runAll(MatchingRuns.Trigger.MANUAL, me.accountId())
                .ifPresentOrElse(
                        run -> redirect.addFlashAttribute("flash", "matching.run.done"),
                        () -> redirect.addFlashAttribute("flash", "matching.run.busy"));
        return "redirect:/consultant/matching";
    }

    @GetMapping("/consultant/roles/{id}/proposals")
    String proposals(@PathVariable long id, Model model) {
        var role = roles.role(id);
        var list = proposals.forRole(id);
        Map<Long, String> names = directory
                .staffOf(list.stream()
                        .flatMap(p -> p.members().stream())
                        .map(MatchingProposals.Member::freelancerId)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(
                        MemberDirectory.MemberSummary::accountId,
                        MemberDirectory.MemberSummary::displayName,
                        (a, b) -> a));
        model.addAttribute("role", role);
        model.addAttribute("proposals", list);
        model.addAttribute("names", names);
        model.addAttribute("referenceData", referenceData);
        return "matching/proposals";
    }

    @ExceptionHandler(RoleNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
