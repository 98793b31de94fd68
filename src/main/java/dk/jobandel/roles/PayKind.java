package dk.jobandel.roles;

/** How the role is paid: an hourly wage, or a monthly salary band for full-time equivalent. */
public enum PayKind {
    HOURLY,
    MONTHLY
}
