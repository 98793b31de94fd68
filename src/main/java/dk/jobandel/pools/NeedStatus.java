package dk.jobandel.pools;

/** A need is open until a worker covers it (filled) or its member takes it back (withdrawn). */
public enum NeedStatus {
    OPEN,
    FILLED,
    WITHDRAWN
}
