package dk.jobandel.privacy.web;

import dk.jobandel.privacy.PersonalDataMap;
import dk.jobandel.privacy.Retention;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy notice and the admins' records of processing, both written from the modules' contributions and the
 * configured retention periods, so that neither can drift from the code.
 */
@Controller
class NoticeController {

    private final PersonalDataMap map;
    private final Retention retention;

    NoticeController(PersonalDataMap map, Retention retention) {
        this.map = map;
        this.retention = retention;
    }

    record Contribution(String name, String tables) {}

    @GetMapping("/privacy")
    String notice(Model model) {
        model.addAttribute("purposes", map.purposes());
        model.addAttribute("figures", map.retentionFigures());
        model.addAttribute("version", map.settings().noticeVersion());
        return "privacy/notice";
    }

    @GetMapping("/admin/privacy/records")
    String records(Model model) {
        model.addAttribute("purposes", map.purposes());
        model.addAttribute(
                "contributions",
                map.contributions().stream()
                        .map(c -> new Contribution(c.name(), String.join(", ", new java.util.TreeSet<>(c.tables()))))
                        .toList());
        model.addAttribute("runs", retention.latest(14));
        return "privacy/records";
    }
}
