package dk.jobandel.platform.web;

import dk.jobandel.platform.LanguagePreferenceChanged;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.platform.SupportedLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch: a small form on every page, so it works without JavaScript. */
@Controller
class LanguageController {

    private final LocaleResolver localeResolver;
    private final ApplicationEventPublisher events;

    LanguageController(LocaleResolver localeResolver, ApplicationEventPublisher events) {
        this.localeResolver = localeResolver;
        this.events = events;
    }

    @PostMapping("/language")
    String switchLanguage(
            @RequestParam(defaultValue = "da") String lang,
            @RequestParam(defaultValue = "/") String returnTo,
            @AuthenticationPrincipal SignedInMember member,
            HttpServletRequest request,
            HttpServletResponse response) {
        Locale locale = SupportedLanguages.fromTag(lang).orElse(SupportedLanguages.DANISH);
        localeResolver.setLocale(request, response, locale);
        if (member != null) {
            events.publishEvent(new LanguagePreferenceChanged(member.accountId(), locale));
        }
        return "redirect:" + safeLocalPath(returnTo);
    }

    /** Only paths on this site: never an open redirect to another host. */
    static String safeLocalPath(String path) {
        boolean local = path.startsWith("/")
                && !path.startsWith("//")
                && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c < 0x20);
        return local ? path : "/";
    }
}
