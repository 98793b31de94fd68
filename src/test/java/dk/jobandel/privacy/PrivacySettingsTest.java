package dk.jobandel.privacy;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

/** Retention periods that would erase before warning, or keep nothing for a day, are refused at start-up. */
class PrivacySettingsTest {

    @Test
    void theWarningComesBeforeTheErasure() {
        assertThatNoException().isThrownBy(() -> new PrivacySettings(21, 24, 365, 7, 30, "2026-12"));
        assertThatIllegalArgumentException().isThrownBy(() -> new PrivacySettings(24, 24, 365, 7, 30, "2026-12"));
        assertThatIllegalArgumentException().isThrownBy(() -> new PrivacySettings(0, 24, 365, 7, 30, "2026-12"));
    }

    @Test
    void exportsAndSecurityEventsAreKeptAtLeastADay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PrivacySettings(21, 24, 365, 0, 30, "2026-12"));
        assertThatIllegalArgumentException().isThrownBy(() -> new PrivacySettings(21, 24, 0, 7, 30, "2026-12"));
        assertThatIllegalArgumentException().isThrownBy(() -> new PrivacySettings(21, 24, 365, 7, 0, "2026-12"));
    }
}
