package dk.jobandel.accounts.web;

import dk.jobandel.accounts.AccountSettings;
import dk.jobandel.accounts.EmailVerifications;
import dk.jobandel.accounts.MemberSessions;
import dk.jobandel.accounts.SecondFactors;
import dk.jobandel.accounts.web.AccountForms.EmailForm;
import dk.jobandel.accounts.web.AccountForms.LanguageForm;
import dk.jobandel.accounts.web.AccountForms.NameForm;
import dk.jobandel.accounts.web.AccountForms.NoticesForm;
import dk.jobandel.accounts.web.AccountForms.PasswordForm;
import dk.jobandel.members.Accounts;
import dk.jobandel.notifications.NoticePreferences;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.platform.SupportedLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Min konto": the signed-in member's own account, one form per section. */
@Controller
@RequestMapping("/account")
class AccountController {

    private static final String VIEW = "accounts/account";

    private final AccountSettings settings;
    private final EmailVerifications verifications;
    private final MemberSessions sessions;
    private final SecondFactors factors;
    private final Accounts accounts;
    private final LocaleResolver localeResolver;

    AccountController(
            AccountSettings settings,
            EmailVerifications verifications,
            MemberSessions sessions,
            SecondFactors factors,
            Accounts accounts,
            LocaleResolver localeResolver) {
        this.factors = factors;
        this.settings = settings;
        this.verifications = verifications;
        this.sessions = sessions;
        this.accounts = accounts;
        this.localeResolver = localeResolver;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInMember me, HttpServletRequest request, Model model) {
        return page(me, request, model);
    }

    @PostMapping("/name")
    String rename(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("nameForm") NameForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(me, request, model);
        }
        settings.rename(me.accountId(), form.getDisplayName());
        accounts.refreshSession(me.accountId(), request, response);
        redirect.addFlashAttribute("flash", "account.name.saved");
        return "redirect:/account";
    }

    @PostMapping("/language")
    String changeLanguage(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("languageForm") LanguageForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Locale language = SupportedLanguages.fromTag(form.getLanguage()).orElse(null);
        if (result.hasErrors() || language == null) {
            return page(me, request, model);
        }
        settings.changeLanguage(me.accountId(), language);
        localeResolver.setLocale(request, response, language);
        accounts.refreshSession(me.accountId(), request, response);
        redirect.addFlashAttribute("flash", "account.language.saved");
        return "redirect:/account";
    }

    @PostMapping("/email")
    String changeEmail(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("emailForm") EmailForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            switch (settings.requestEmailChange(me.accountId(), form.getEmail())) {
                case SENT -> {
                    redirect.addFlashAttribute("flash", "account.email.sent");
                    return "redirect:/account";
                }
                case UNCHANGED -> result.rejectValue("email", "account.email.unchanged");
                case THROTTLED -> result.rejectValue("email", "account.throttled");
            }
        }
        return page(me, request, model);
    }

    @PostMapping("/email/verification")
    String resendVerification(@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "flash",
                switch (verifications.resend(me.accountId())) {
                    case SENT -> "account.verification.sent";
                    case ALREADY_CONFIRMED -> "account.verification.already";
                    case THROTTLED -> "account.throttled";
                });
        return "redirect:/account";
    }

    @PostMapping("/notices")
    String chooseNotices(
            @AuthenticationPrincipal SignedInMember me,
            @ModelAttribute("noticesForm") NoticesForm form,
            RedirectAttributes redirect) {
        settings.chooseMailedNotices(me.accountId(), form.getMailed());
        redirect.addFlashAttribute("flash", "account.notices.saved");
        return "redirect:/account";
    }

    @PostMapping("/password")
    String changePassword(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        form.checkPasswordsMatch(result);
        if (!result.hasErrors()) {
            switch (settings.changePassword(
                    me.accountId(), form.getCurrentPassword(), form.getNewPassword(), sessionId(request))) {
                case CHANGED -> {
                    redirect.addFlashAttribute("flash", "account.password.saved");
                    return "redirect:/account";
                }
                case WRONG_CURRENT_PASSWORD -> result.rejectValue("currentPassword", "account.password.wrong");
                case THROTTLED -> result.rejectValue("currentPassword", "account.throttled");
            }
        }
        form.forget();
        return page(me, request, model);
    }

    @PostMapping("/sessions/{handle}/end")
    String endSession(
            @AuthenticationPrincipal SignedInMember me, @PathVariable String handle, RedirectAttributes redirect) {
        boolean ended = sessions.end(me.accountId(), handle);
        redirect.addFlashAttribute("flash", ended ? "account.sessions.ended" : "account.sessions.gone");
        return "redirect:/account#sessions";
    }

    @PostMapping("/sessions/end-others")
    String endOtherSessions(
            @AuthenticationPrincipal SignedInMember me, HttpServletRequest request, RedirectAttributes redirect) {
        sessions.endOthers(me.accountId(), sessionId(request));
        redirect.addFlashAttribute("flash", "account.sessions.othersEnded");
        return "redirect:/account#sessions";
    }

    private String page(SignedInMember me, HttpServletRequest request, Model model) {
        var current = settings.settings(me.accountId());
        var account = current.account();
        model.addAttribute("account", account);
        model.addAttribute("noticeKinds", NoticePreferences.choosable());
        model.addAttribute("sessions", sessions.of(me.accountId(), sessionId(request)));
        boolean enrolled = factors.enrolled(me.accountId());
        model.addAttribute("twoFactorEnrolled", enrolled);
        model.addAttribute("recoveryCodesLeft", enrolled ? factors.recoveryCodesLeft(me.accountId()) : 0);
        model.addAttribute("twoFactorRequired", factors.requiredFor(me));
        if (!model.containsAttribute("nameForm")) {
            var form = new NameForm();
            form.setDisplayName(account.displayName());
            model.addAttribute("nameForm", form);
        }
        if (!model.containsAttribute("languageForm")) {
            var form = new LanguageForm();
            form.setLanguage(account.language().getLanguage());
            model.addAttribute("languageForm", form);
        }
        if (!model.containsAttribute("emailForm")) {
            model.addAttribute("emailForm", new EmailForm());
        }
        if (!model.containsAttribute("noticesForm")) {
            var form = new NoticesForm();
            form.getMailed().addAll(current.mailedNotices());
            model.addAttribute("noticesForm", form);
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        return VIEW;
    }

    private static @Nullable String sessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }
}
