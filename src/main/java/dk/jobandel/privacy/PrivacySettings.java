package dk.jobandel.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention periods and the notice's version ({@code jobandel.privacy.*}). The notice shows these figures, so what
 * it says is what the retention run does.
 *
 * @param warnAfterMonths an inactive freelancer profile is warned by e-mail after this many months without sign-in
 * @param eraseAfterMonths and erased after this many, unless the member signs in
 * @param securityEventDays security events are kept this many days
 * @param exportDays an export can be downloaded for this many days
 * @param unconfirmedDays a sign-up whose e-mail address was never confirmed is removed after this many days
 * @param noticeVersion the privacy notice's version, recorded with every consent
 */
@ConfigurationProperties("jobandel.privacy")
public record PrivacySettings(
        @DefaultValue("21") int warnAfterMonths,
        @DefaultValue("24") int eraseAfterMonths,
        @DefaultValue("365") int securityEventDays,
        @DefaultValue("7") int exportDays,
        @DefaultValue("30") int unconfirmedDays,
        @DefaultValue("2026-12") String noticeVersion) {

    public PrivacySettings {
        if (warnAfterMonths < 1 || eraseAfterMonths <= warnAfterMonths) {
            throw new IllegalArgumentException(
                    "Warn (" + warnAfterMonths + " months) before erasing (" + eraseAfterMonths + " months)");
        }
        if (exportDays < 1 || securityEventDays < 1 || unconfirmedDays < 1) {
            throw new IllegalArgumentException(
                    "Exports, security events and unconfirmed sign-ups are kept at least a day");
        }
    }
}
