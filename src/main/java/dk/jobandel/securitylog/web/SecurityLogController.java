package dk.jobandel.securitylog.web;

import dk.jobandel.securitylog.SecurityLog;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admins' view of the security log, newest first, with filters. */
@Controller
class SecurityLogController {

    static final int PAGE_SIZE = 50;

    private final SecurityLog log;

    SecurityLogController(SecurityLog log) {
        this.log = log;
    }

    @GetMapping("/admin/security-events")
    String list(
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var filter = new SecurityLog.Filter(kind, subject, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", log.kinds());
        model.addAttribute("page", log.page(filter, Math.max(page, 0), PAGE_SIZE));
        return "securitylog/list";
    }
}
