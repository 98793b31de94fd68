package dk.jobandel.procurement;

/**
 * A change the rules refuse, with the message key a page shows ({@code procurement.refused.<code>}) and the form
 * field it belongs to, if any.
 */
public class ProcurementRefused extends RuntimeException {

    private final String code;
    private final String field;

    public ProcurementRefused(String code, String field) {
        super(code);
        this.code = code;
        this.field = field;
    }

    public ProcurementRefused(String code) {
        this(code, "");
    }

    public String messageKey() {
        return "procurement.refused." + code;
    }

    /** The form field, or empty for the form as a whole. */
    public String field() {
        return field;
    }
}
