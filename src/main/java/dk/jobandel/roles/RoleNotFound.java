package dk.jobandel.roles;

/** No such role, or none the acting member may see: both read the same. */
public final class RoleNotFound extends RuntimeException {

    RoleNotFound(long roleId) {
        super("No role " + roleId + " for this member");
    }
}
