package dk.jobandel.members;

/** What a member may do. A Spring Security authority is {@code ROLE_} + the name. */
public enum Role {
    FREELANCER,
    COOPERATIVE,
    CONSULTANT,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
