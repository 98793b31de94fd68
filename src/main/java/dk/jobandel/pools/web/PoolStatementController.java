package dk.jobandel.pools.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.pools.billing.PoolStatements;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A pool's monthly statements: the page for the host's staff, the members' staff (their own shares) and consultants,
 * with a month picker that is a plain GET form; and the CSV file of the whole statement for the host's staff and
 * consultants. {@link PoolStatements} decides who may read what; everybody else reads not found.
 */
@Controller
@RequestMapping("/pools/{poolId}")
class PoolStatementController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final Actors actors;
    private final PoolStatements statements;
    private final Clock clock;

    PoolStatementController(Actors actors, PoolStatements statements, Clock clock) {
        this.actors = actors;
        this.statements = statements;
        this.clock = clock;
    }

    /** The month picker's value: the text as written, so that a wrong one is shown back next to the field. */
    public static final class MonthForm {

        private String month = "";

        public String getMonth() {
            return month;
        }

        public void setMonth(@Nullable String month) {
            this.month = month == null ? "" : month.strip();
        }
    }

    @GetMapping("/statements")
    String page(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long poolId,
            @RequestParam(required = false) @Nullable String month,
            Model model) {
        Actor actor = actors.of(me);
        var form = new MonthForm();
        YearMonth chosen = YearMonth.now(clock.withZone(COPENHAGEN));
        form.setMonth(month == null || month.isBlank() ? chosen.toString() : month);
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        YearMonth parsed = parse(form.getMonth());
        if (parsed == null) {
            result.rejectValue("month", "statement.month.invalid");
            // the pool's reader check still applies: an outsider gets not found, not the form
            statements.statement(poolId, chosen, actor);
            model.addAttribute("statement", null);
        } else {
            model.addAttribute("statement", statements.statement(poolId, parsed, actor));
        }
        model.addAttribute("poolId", poolId);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return "pools/statements";
    }

    @GetMapping("/statements.csv")
    ResponseEntity<String> csv(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long poolId,
            @RequestParam(required = false) @Nullable String month) {
        YearMonth parsed = month == null || month.isBlank() ? YearMonth.now(clock.withZone(COPENHAGEN)) : parse(month);
        if (parsed == null) {
            return ResponseEntity.badRequest().build();
        }
        String body = statements.csv(poolId, parsed, actors.of(me));
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("jobandel-pulje-" + poolId + "-" + parsed + ".csv")
                                .build()
                                .toString())
                .body(body);
    }

    /** {@code 2026-11}, between year 2000 and 2100; anything else is {@code null}. */
    static @Nullable YearMonth parse(String text) {
        try {
            YearMonth month = YearMonth.parse(text.strip());
            return month.getYear() < 2000 || month.getYear() > 2100 ? null : month;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
