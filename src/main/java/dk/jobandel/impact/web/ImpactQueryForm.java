package dk.jobandel.impact.web;

import org.jspecify.annotations.Nullable;

/**
 * The period and filters of an impact page, as written in the address: text, so that a wrong value is shown back next
 * to its field instead of failing the request.
 */
public class ImpactQueryForm {

    private String from = "";
    private String to = "";
    private String municipality = "";
    private String organisation = "";
    private String kind = "";

    public String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = clean(from);
    }

    public String getTo() {
        return to;
    }

    public void setTo(@Nullable String to) {
        this.to = clean(to);
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(@Nullable String municipality) {
        this.municipality = clean(municipality);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = clean(organisation);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = clean(kind);
    }

    private static String clean(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
