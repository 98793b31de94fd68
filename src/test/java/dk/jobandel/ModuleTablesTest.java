package dk.jobandel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module's SQL names a table that another module owns (issue 18): the owners are listed in
 * {@code db/table-owners.properties}, next to the migrations. The test reads the main sources, takes every string
 * literal (text blocks included), and looks for the table after {@code from}, {@code join}, {@code update},
 * {@code into} and {@code table}. Tables owned by {@code shared} are reference data that every module may read, and a
 * view marked {@code published} is its owner's read-only contract for other modules' SQL.
 */
class ModuleTablesTest {

    private static final Path SOURCES = Path.of("src/main/java/dk/jobandel");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern TABLE_AFTER_KEYWORD =
            Pattern.compile("(?i)\\b(?:from|join|update|into|table)\\s+([a-z_][a-z0-9_]*)\\b");
    private static final Pattern CREATED_TABLE =
            Pattern.compile("(?i)create\\s+(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    /**
     * Reads that are still to be replaced by the owner's API (issue 18), as "module/File.java: table". The list may
     * only shrink: a read that is not listed fails the test, and so does a listed read that is gone. It is empty
     * now: any new read of another module's table fails.
     */
    private static final Set<String> NOT_YET_REPLACED = Set.of();

    @Test
    void everyTableAndViewTheMigrationsCreateHasAnOwner() throws IOException {
        Properties owners = owners();
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATED_TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(created).isNotEmpty();
        assertThat(created)
                .allSatisfy(table -> assertThat(owners.getProperty(table))
                        .as("owner of table %s in db/table-owners.properties", table)
                        .isNotNull());
        assertThat(owners.stringPropertyNames())
                .as("owners of tables no migration creates")
                .isSubsetOf(created);
    }

    @Test
    void noModuleNamesAnotherModulesTable() throws IOException {
        Properties owners = owners();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class itself
                }
                String module = relative.getName(0).toString();
                for (String literal : stringLiterals(Files.readString(file))) {
                    Matcher m = TABLE_AFTER_KEYWORD.matcher(literal);
                    while (m.find()) {
                        String table = m.group(1).toLowerCase();
                        String owner = owners.getProperty(table);
                        if (owner != null && owner.endsWith(",published")) {
                            continue; // a view its owner publishes for other modules
                        }
                        if (owner != null && !owner.equals(module) && !owner.equals("shared")) {
                            violations.add(relative + ": " + table);
                        }
                    }
                }
            }
        }
        assertThat(new TreeSet<>(violations))
                .as("SQL that names another module's table (left: not yet replaced, right: found)")
                .isEqualTo(new TreeSet<>(NOT_YET_REPLACED));
    }

    @Test
    void findsATableInATextBlockAndIgnoresComments() {
        String source = """
                class X {
                    // select * from pool
                    /* join offer */
                    String a = \"""
                            select id
                              from pool_need n
                            \""";
                    String b = "update \\"quoted\\" offer";
                    char c = '"';
                    String d = "insert into booking (id) values (1)";
                }
                """;
        List<String> literals = stringLiterals(source);
        assertThat(String.join("|", literals)).contains("from pool_need").contains("insert into booking");
        assertThat(String.join("|", literals)).doesNotContain("from pool\n").doesNotContain("join offer");
    }

    private static Properties owners() throws IOException {
        Properties owners = new Properties();
        try (InputStream in = ModuleTablesTest.class.getResourceAsStream("/db/table-owners.properties")) {
            assertThat(in).as("db/table-owners.properties").isNotNull();
            owners.load(in);
        }
        return owners;
    }

    /** The string literals of a Java source, text blocks included; comments and character literals are skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'', null);
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 3);
                }
                end = end < 0 ? n : end;
                literals.add(source.substring(i + 3, end));
                i = Math.min(n, end + 3);
            } else if (c == '"') {
                StringBuilder literal = new StringBuilder();
                i = skipQuoted(source, i, '"', literal);
                literals.add(literal.toString());
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int skipQuoted(String source, int start, char quote, StringBuilder into) {
        int i = start + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                if (into != null && i + 1 < source.length()) {
                    into.append(source.charAt(i + 1));
                }
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                if (into != null) {
                    into.append(c);
                }
                i++;
            }
        }
        return i;
    }
}
