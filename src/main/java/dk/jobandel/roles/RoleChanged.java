package dk.jobandel.roles;

/** A change based on an old version of a role: somebody saved it in between. Nothing was changed. */
public final class RoleChanged extends RuntimeException {

    RoleChanged(long roleId) {
        super("Role " + roleId + " changed since it was read");
    }
}
