package dk.jobandel.platform;

import java.util.Map;
import java.util.Optional;

/**
 * A number the page header shows beside a link (the unread notices, the proposals awaiting review). Each module
 * that owns such a number gives the SQL of one scalar count over its own tables; the platform asks all of them in
 * one statement, once per page, and only when the page shows the header (redirects, htmx fragments and downloads
 * cost nothing). The figure reaches the template as the model attribute {@link #name()}.
 */
public interface HeaderFigure {

    /** The model attribute, e.g. {@code "unreadNotices"}; also the prefix of the query's parameter names. */
    String name();

    /** The count for this member, or empty when the header shows no such figure to them. */
    Optional<Count> countFor(SignedInMember member);

    /**
     * A scalar query, {@code select count(*) from …}, whose named parameters all start with the figure's name
     * (so that the figures' parameters cannot clash in the combined statement).
     */
    record Count(String sql, Map<String, Object> params) {}
}
