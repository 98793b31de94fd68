package dk.jobandel.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalEditorTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"185,50|185.50", "185.50|185.50", "1.250,75|1250.75", "1,250.75|1250.75", " 34 500 |34500", "12|12"
            })
    void readsAmountsAsPeopleWriteThem(String typed, String amount) {
        var editor = new DecimalEditor();
        editor.setAsText(typed);
        assertThat(editor.getValue()).isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mange", "12,5,5", "1e"})
    void refusesWhatIsNoAmount(String typed) {
        assertThatIllegalArgumentException().isThrownBy(() -> new DecimalEditor().setAsText(typed));
    }
}
