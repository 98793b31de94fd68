package dk.jobandel.members.web;

import dk.jobandel.members.MemberDashboards;
import dk.jobandel.members.MemberPrincipal;
import dk.jobandel.members.Role;
import dk.jobandel.members.VerificationStatus;
import dk.jobandel.platform.DashboardPanel;
import dk.jobandel.shared.ReferenceData;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The member's start page after login: one panel per role they hold. */
@Controller
class DashboardController {

    private final MemberDashboards dashboards;
    private final ReferenceData referenceData;
    private final List<DashboardPanel> panels;

    DashboardController(MemberDashboards dashboards, ReferenceData referenceData, List<DashboardPanel> panels) {
        this.dashboards = dashboards;
        this.referenceData = referenceData;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(DashboardPanel::order))
                .toList();
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal MemberPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("referenceData", referenceData);
        // which of the page's own sections show: decided here, once, not by the security dialect in the template
        model.addAttribute("cooperativeSection", me.has(Role.COOPERATIVE));
        model.addAttribute("consultantSection", me.has(Role.CONSULTANT));
        model.addAttribute("adminSection", me.has(Role.ADMIN));
        if (me.has(Role.COOPERATIVE)) {
            dashboards.organisationOf(me.accountId()).ifPresent(org -> model.addAttribute("organisation", org));
        }
        if (me.has(Role.CONSULTANT)) {
            model.addAttribute(
                    "awaitingVerification", ListedOrganisation.of(dashboards.awaitingVerification(), referenceData));
        }
        if (me.has(Role.ADMIN)) {
            model.addAttribute("figures", dashboards.figures());
            model.addAttribute("roles", Role.values());
            model.addAttribute("statuses", VerificationStatus.values());
        }
        model.addAttribute(
                "panels",
                panels.stream()
                        .flatMap(panel -> panel.modelFor(me).stream()
                                .map(data -> new DashboardPanel.Rendered(panel.template(), data)))
                        .toList());
        return "members/dashboard";
    }
}
