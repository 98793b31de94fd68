package dk.jobandel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Template expressions that are cheap to evaluate on every request (issue 12). A type reference such as
 * {@code T(dk.jobandel.advisor.core.Score).MAX} is looked up through the web application's class loader each time it
 * is evaluated; a JFR profile of the cooperative's dashboard under load had 4 % of all samples there. Pages get such
 * values from their model instead.
 */
class TemplateExpressionsTest {

    private static final Pattern TYPE_REFERENCE = Pattern.compile("\\bT\\(\\s*[a-z][\\w.$]*\\)");

    @Test
    void noTemplateNamesAJavaType() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(template);
                for (int i = 0; i < lines.size(); i++) {
                    if (TYPE_REFERENCE.matcher(lines.get(i)).find()) {
                        found.add(template + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("type references in templates").isEmpty();
    }
}
