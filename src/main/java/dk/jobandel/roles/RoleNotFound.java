package dk.jobandel.roles;

import dk.jobandel.platform.ConcealedAsNotFound;
import dk.jobandel.platform.PageNotFound;

/** No such role, or none the acting member may see: both read the same. */
public final class RoleNotFound extends PageNotFound implements ConcealedAsNotFound {

    RoleNotFound(long roleId) {
        super("No role " + roleId + " for this member");
    }
}
