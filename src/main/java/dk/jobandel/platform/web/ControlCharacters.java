package dk.jobandel.platform.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Refuses control characters in every text a form or a request parameter brings (review finding 8): a lone
 * carriage return in a title or a name once reached the calendar file. Only what a text area sends for its line
 * breaks passes (LF, and CR directly before LF), and tabs; single-line fields refuse line breaks as well through
 * their own constraints. A refused form field is shown as an error next to it ({@code typeMismatch}).
 */
@ControllerAdvice
class ControlCharacters {

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new Editor());
    }

    static boolean acceptable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
            if (control && !lineBreak) {
                return false;
            }
        }
        return true;
    }

    static final class Editor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text != null && !acceptable(text)) {
                throw new IllegalArgumentException("Control character in a text field");
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
