package dk.jobandel.roles.web;

import dk.jobandel.platform.ListPage;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.RoleStatus;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.ReferenceData;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Consultants browse and filter every organisation's roles, and read their history. */
@Controller
@RequestMapping("/consultant/roles")
class ConsultantRoleController {

    private final SharedRoles roles;
    private final ReferenceData referenceData;
    private final MessageSource messages;

    ConsultantRoleController(SharedRoles roles, ReferenceData referenceData, MessageSource messages) {
        this.roles = roles;
        this.referenceData = referenceData;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable RoleStatus status,
            @RequestParam(required = false) @Nullable Short municipality,
            @RequestParam(required = false) @Nullable Short skill,
            @RequestParam(required = false) @Nullable Long organisation,
            @RequestParam(required = false) @Nullable String page,
            Locale locale,
            Model model) {
        ListPage<SharedRoles.Listed> listed = roles.page(
                new SharedRoles.Filter(status, municipality, skill, organisation),
                ListPage.number(page),
                ListPage.SIZE);
        model.addAttribute("list", listed);
        model.addAttribute("roles", ListedRole.of(listed.rows(), referenceData, messages, locale));
        var kept = new java.util.LinkedHashMap<String, @Nullable Object>();
        kept.put("status", status);
        kept.put("municipality", municipality);
        kept.put("skill", skill);
        kept.put("organisation", organisation);
        model.addAttribute("previousPage", listed.previousLink("/consultant/roles", kept));
        model.addAttribute("nextPage", listed.nextLink("/consultant/roles", kept));
        model.addAttribute("status", status);
        model.addAttribute("municipality", municipality);
        model.addAttribute("skill", skill);
        model.addAttribute("organisation", organisation);
        model.addAttribute("statuses", RoleStatus.values());
        model.addAttribute("organisations", roles.organisationsWithRoles());
        return "roles/browse";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Role role = roles.role(id);
        RoleController.RoleModel.show(model, roles, role, roles.history(id), referenceData);
        model.addAttribute("owner", false);
        return "roles/show";
    }
}
