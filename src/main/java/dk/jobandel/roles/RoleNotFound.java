package dk.jobandel.roles;

/** No such role, or none the acting member may see: both read the same. */
public final class RoleNotFound extends RuntimeException implements dk.jobandel.platform.ConcealedAsNotFound {

    RoleNotFound(long roleId) {
        super("No role " + roleId + " for this member");
    }
}
