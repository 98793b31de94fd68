package dk.jobandel.platform;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Reads amounts as Danes and English speakers write them: {@code 185,50}, {@code 185.50},
 * {@code 1.250,75} or {@code 1,250.75}. Register it in a controller's {@code @InitBinder} for
 * {@link BigDecimal} fields; anything else it cannot read becomes a "wrong format" field error.
 */
public class DecimalEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        String compact = text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "");
        if (compact.isEmpty()) {
            setValue(null);
            return;
        }
        int comma = compact.lastIndexOf(',');
        int dot = compact.lastIndexOf('.');
        String normal;
        if (comma >= 0 && dot >= 0) {
            // the later separator is the decimal one; the other groups thousands
            normal = comma > dot ? compact.replace(".", "").replace(',', '.') : compact.replace(",", "");
        } else {
            normal = compact.replace(',', '.');
        }
        try {
            setValue(new BigDecimal(normal));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an amount: " + text, e);
        }
    }

    @Override
    public String getAsText() {
        if (!(getValue() instanceof BigDecimal value)) {
            return "";
        }
        // written back in the page's language, so a Danish form shows "185,00", never "185.00"
        String plain = value.toPlainString();
        boolean danish = "da".equals(LocaleContextHolder.getLocale().getLanguage());
        return danish ? plain.replace('.', ',') : plain;
    }
}
