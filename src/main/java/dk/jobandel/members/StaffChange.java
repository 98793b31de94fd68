package dk.jobandel.members;

/**
 * The answer to a change of an organisation's staff or owners: done, or refused with the reason the page shows.
 * Only owners remove colleagues or make them owners, and an organisation keeps at least one staff member and one
 * owner.
 */
public enum StaffChange {
    DONE,
    /** The acting member is not an owner. */
    NOT_OWNER,
    /** The person is not on the organisation's staff (another organisation's member reads the same). */
    NOT_COLLEAGUE,
    /** It would leave the organisation without staff. */
    LAST_STAFF,
    /** It would leave the organisation without an owner: make another colleague an owner first. */
    LAST_OWNER,
    /** The colleague is an owner already. */
    ALREADY_OWNER;

    /** The flash message's key. */
    public String messageKey() {
        return "staff.change." + name();
    }
}
