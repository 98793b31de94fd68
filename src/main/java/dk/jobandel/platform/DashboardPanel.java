package dk.jobandel.platform;

import java.util.Map;
import java.util.Optional;

/**
 * A panel that a module adds to a member's dashboard, so the dashboard shows every module's news
 * without depending on the modules. The page inserts the fragment {@code panel} of {@link #template()}
 * with the given model entries.
 */
public interface DashboardPanel {

    /** Panels appear in ascending order. */
    int order();

    /** The template holding a fragment named {@code panel}, e.g. {@code "freelancers/_dashboard"}. */
    String template();

    /** The model for this member's panel, or empty when the panel is not for them. */
    Optional<Map<String, Object>> modelFor(SignedInMember member);

    /** What the dashboard renders: one panel's template and model. */
    record Rendered(String template, Map<String, Object> model) {}
}
