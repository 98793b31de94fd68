package dk.jobandel.accounts.core;

import java.util.Locale;

/**
 * A browser's User-Agent header in words a member recognises ("Firefox on Linux"), for the list of their
 * sessions. Only the common browsers and systems are named; anything else reads as unknown.
 */
public final class DeviceNames {

    private DeviceNames() {}

    /** The browser and system, e.g. {@code Browser("Firefox", "Linux")}; either may be empty when unknown. */
    public record Device(String browser, String system) {
        public boolean known() {
            return !browser.isEmpty() || !system.isEmpty();
        }
    }

    public static Device describe(String userAgent) {
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return new Device(browser(agent), system(agent));
    }

    private static String browser(String agent) {
        // order matters: Edge and Opera also say Chrome, Chrome also says Safari
        if (agent.contains("edg/") || agent.contains("edge/")) {
            return "Edge";
        }
        if (agent.contains("opr/") || agent.contains("opera")) {
            return "Opera";
        }
        if (agent.contains("firefox/") || agent.contains("fxios/")) {
            return "Firefox";
        }
        if (agent.contains("chrome/") || agent.contains("chromium/") || agent.contains("crios/")) {
            return "Chrome";
        }
        if (agent.contains("safari/")) {
            return "Safari";
        }
        return "";
    }

    private static String system(String agent) {
        if (agent.contains("android")) {
            return "Android";
        }
        if (agent.contains("iphone") || agent.contains("ipad")) {
            return "iOS";
        }
        if (agent.contains("windows")) {
            return "Windows";
        }
        if (agent.contains("mac os x") || agent.contains("macintosh")) {
            return "macOS";
        }
        if (agent.contains("cros")) {
            return "ChromeOS";
        }
        if (agent.contains("linux")) {
            return "Linux";
        }
        return "";
    }
}
