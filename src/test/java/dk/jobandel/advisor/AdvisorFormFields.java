package dk.jobandel.advisor;

import java.util.LinkedHashMap;
import java.util.Map;

/** A role form's fields as a cooperative posts them, with the pension given, for tests of the advisor's checks. */
public final class AdvisorFormFields {

    private AdvisorFormFields() {}

    public static Map<String, String> role(String pension) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("version", "0");
        fields.put("title", "Kok uden pension");
        fields.put("description", "Frokost.");
        fields.put("sharers", "2");
        fields.put("handoverMinutes", "30");
        fields.put("evenSplit", "true");
        fields.put("municipalityCode", "101");
        fields.put("workMode", "ON_SITE");
        fields.put("startDate", "2027-01-04");
        fields.put("payKind", "HOURLY");
        fields.put("payFrom", "185");
        fields.put("pensionPercent", pension);
        fields.put("holiday", "HOLIDAY_PAY");
        fields.put("agreementName", "Restaurationsoverenskomsten");
        fields.put("day0", "07:00–15:00");
        fields.put("day1", "07:00–15:00");
        fields.put("day2", "07:00–15:00");
        return fields;
    }
}
