package dk.jobandel.roles;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A role as read for a page, with its version for optimistic locking. */
public record Role(
        long id,
        long organisationId,
        RoleDetails details,
        RoleStatus status,
        long version,
        Instant createdAt,
        @Nullable Instant publishedAt) {}
