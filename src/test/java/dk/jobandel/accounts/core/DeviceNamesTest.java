package dk.jobandel.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceNamesTest {

    @Test
    void namesTheCommonBrowsersAndSystems() {
        assertThat(DeviceNames.describe("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"))
                .isEqualTo(new DeviceNames.Device("Firefox", "Linux"));
        assertThat(DeviceNames.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like"
                        + " Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"))
                .isEqualTo(new DeviceNames.Device("Edge", "Windows"));
        assertThat(DeviceNames.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
                        + " (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"))
                .isEqualTo(new DeviceNames.Device("Safari", "iOS"));
        assertThat(DeviceNames.describe("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/131.0.0.0 Mobile Safari/537.36"))
                .isEqualTo(new DeviceNames.Device("Chrome", "Android"));
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(DeviceNames.describe("").known()).isFalse();
        assertThat(DeviceNames.describe("curl/8.5.0").known()).isFalse();
    }
}
