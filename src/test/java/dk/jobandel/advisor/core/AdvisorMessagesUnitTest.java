package dk.jobandel.advisor.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The texts quote the rule book's figures and write none of their own, so a change of law is one edit. */
class AdvisorMessagesUnitTest {

    private final RuleBook book = RuleBook.shipped();

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (var in = AdvisorMessagesUnitTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void advisorTextsWriteNoFigureOfTheirOwn(String name) throws Exception {
        Properties messages = bundle(name);
        List<String> keys = messages.stringPropertyNames().stream()
                .filter(k -> k.startsWith("advisor.rule.") || k.startsWith("advisor.principle."))
                .toList();
        assertThat(keys).hasSizeGreaterThan(Rule.values().length);
        for (String key : keys) {
            String withoutPlaceholders = messages.getProperty(key).replaceAll("\\{\\d}", "");
            assertThat(withoutPlaceholders).as(key).doesNotContainPattern("\\d");
        }
        for (Rule rule : Rule.values()) {
            assertThat(messages.getProperty(rule.messageKey()))
                    .as(rule.messageKey())
                    .isNotBlank();
        }
    }

    @Test
    void theFindingsQuoteTheConfiguredNumbersInBothLanguages() throws Exception {
        Terms holidayMissing =
                TermsMother.jobShare().holiday(Terms.Holiday.NOT_STATED).build();
        Finding holiday = new TermsCheck(book).check(holidayMissing).getFirst();
        String da = MessageFormat.format(
                bundle("messages.properties").getProperty(holiday.messageKey()), holiday.argsArray());
        assertThat(new MessageFormat(bundle("messages.properties").getProperty(holiday.messageKey()), Locale.of("da"))
                        .format(holiday.argsArray()))
                .contains("12,5 %", "2,08");
        assertThat(new MessageFormat(bundle("messages_en.properties").getProperty(holiday.messageKey()), Locale.ENGLISH)
                        .format(holiday.argsArray()))
                .contains("12.5 %", "2.08");
        assertThat(da).isNotBlank();
    }

    @Test
    void aChangedRuleBookChangesTheText() throws Exception {
        String changed = new String(
                        RuleBook.class.getResourceAsStream(RuleBook.RESOURCE).readAllBytes(), StandardCharsets.UTF_8)
                .replace("contract-statement.hours=3", "contract-statement.hours=4");
        RuleBook book4 = RuleBook.read(new java.io.ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)));
        assertThat(book4.contractStatementHours()).isEqualByComparingTo("4");
        List<Finding> findings =
                new TermsCheck(book4).check(TermsMother.jobShare().hours("7").build());
        Finding notOwed = findings.stream()
                .filter(f -> f.rule() == Rule.CONTRACT_STATEMENT_NOT_OWED)
                .findFirst()
                .orElseThrow();
        String en = new MessageFormat(
                        bundle("messages_en.properties").getProperty(notOwed.messageKey()), Locale.ENGLISH)
                .format(notOwed.argsArray());
        assertThat(en).contains("3.5 hours a week is not above 4 hours");
        assertThat(NumberFormat.getInstance(Locale.ENGLISH).format(new BigDecimal("4")))
                .isEqualTo("4");
    }

    @Test
    void everyFigureHasASource() {
        for (Rule rule : Rule.values()) {
            assertThat(book.source(rule.topic())).as(rule.name()).isNotBlank();
        }
        assertThat(book.version()).isEqualTo("2026.1");
    }
}
