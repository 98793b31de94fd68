package dk.jobandel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageControllerTest {

    @ParameterizedTest
    @CsvSource({
        "/dashboard,/dashboard",
        "/register/cooperative?x=1,/register/cooperative?x=1",
        "https://evil.example,/",
        "//evil.example,/",
        "/\\evil.example,/",
        "javascript:alert(1),/"
    })
    void returnsOnlyToPathsOnThisSite(String requested, String expected) {
        assertThat(LanguageController.safeLocalPath(requested)).isEqualTo(expected);
    }
}
