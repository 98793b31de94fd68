package dk.jobandel.members;

/**
 * A staff member who is not an owner tried to change the organisation's name or type (issue 13, review finding 5).
 *
 * @param field the form field that only owners change
 */
public class OwnersOnly extends RuntimeException {

    private final String field;

    public OwnersOnly(String field) {
        super("Only an organisation's owners change its " + field);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
