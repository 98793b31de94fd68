package dk.jobandel.members.password;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptablePasswordTest {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    record Form(@AcceptablePassword String password) {}

    private String problemWith(String password) {
        return validator.validate(new Form(password)).stream()
                .map(v -> v.getMessageTemplate())
                .findFirst()
                .orElse("none");
    }

    @Test
    void shipsAtLeastTenThousandCommonPasswords() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "Password", " qwertyuiop ", "iloveyou"})
    void refusesCommonPasswordsWhateverTheirCase(String password) {
        assertThat(problemWith(password)).isEqualTo("{AcceptablePassword.common}");
    }

    @Test
    void refusesPasswordsShorterThanEightCharacters() {
        assertThat(problemWith("Kort7!x")).isEqualTo("{AcceptablePassword.tooShort}");
    }

    @Test
    void acceptsUpToOneHundredTwentyEightCharactersAndNoMore() {
        assertThat(problemWith("å".repeat(128))).isEqualTo("none");
        assertThat(problemWith("x".repeat(129))).isEqualTo("{AcceptablePassword.tooLong}");
    }

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(problemWith("grøn cykel under æbletræet")).isEqualTo("none");
    }
}
