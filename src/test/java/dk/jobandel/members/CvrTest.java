package dk.jobandel.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CvrTest {

    @ParameterizedTest
    @ValueSource(strings = {"62601817", "69083013", "19139093", "10000009"})
    void acceptsNumbersWhoseWeightedSumIsDivisibleByEleven(String digits) {
        assertThat(Cvr.isValid(digits)).isTrue();
        assertThat(new Cvr(digits).digits()).isEqualTo(digits);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "62601818", // check digit off by one
                "26601817", // two digits swapped
                "1234567", // seven digits
                "123456789", // nine digits
                "6260181a", // a letter
                "00000000", // passes the sum, but no CVR starts with 0
                ""
            })
    void refusesEverythingElse(String digits) {
        assertThat(Cvr.isValid(digits)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Cvr(digits));
    }

    @ParameterizedTest
    @CsvSource({"'62 60 18 17',62601817", "DK62601817,62601817", "dk 6260-1817,62601817"})
    void understandsTheCommonWrittenForms(String written, String digits) {
        assertThat(Cvr.normalise(written)).isEqualTo(digits);
        assertThat(Cvr.isValid(Cvr.normalise(written))).isTrue();
    }
}
