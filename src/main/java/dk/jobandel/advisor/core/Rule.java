package dk.jobandel.advisor.core;

/**
 * The rules of the terms check. Each names the rule book topic its source comes from and the form field a finding
 * belongs beside; its message is {@code advisor.rule.<name>} in the message bundles.
 */
public enum Rule {
    CONTRACT_STATEMENT_OWED(Level.GOOD_PRACTICE, "contract-statement", "schedule"),
    CONTRACT_STATEMENT_NOT_OWED(Level.WARNING, "contract-statement", "schedule"),
    CONTRACT_STATEMENT_GROUP(Level.GOOD_PRACTICE, "contract-statement", "schedule"),
    SALARIED_APPLIES(Level.GOOD_PRACTICE, "salaried", "officeWork"),
    SALARIED_NEAR(Level.WARNING, "salaried", "officeWork"),
    NO_AGREEMENT(Level.WARNING, "agreement", "agreementName"),
    PAY_BELOW_AGREEMENT(Level.BLOCKING, "agreement", "payFrom"),
    NO_PENSION(Level.BLOCKING, "agreement", "pensionPercent"),
    PENSION_BELOW_AGREEMENT(Level.BLOCKING, "agreement", "pensionPercent"),
    NO_HOLIDAY(Level.BLOCKING, "holiday-pay", "holiday"),
    PART_TIME_WORSE_PAY(Level.BLOCKING, "part-time", "fullTimePay"),
    PART_TIME_WORSE_PENSION(Level.BLOCKING, "part-time", "fullTimePensionPercent"),
    WEEKLY_HOURS(Level.BLOCKING, "weekly-hours", "schedule"),
    DAILY_REST(Level.BLOCKING, "daily-rest", "schedule"),
    WEEKLY_REST(Level.BLOCKING, "weekly-rest", "schedule"),
    AGENCY_QUESTION(Level.WARNING, "agency", "placedWithMembers"),
    AKASSE_HOURS(Level.GOOD_PRACTICE, "akasse", "split");

    private final Level level;
    private final String topic;
    private final String field;

    Rule(Level level, String topic, String field) {
        this.level = level;
        this.topic = topic;
        this.field = field;
    }

    public Level level() {
        return level;
    }

    /** The rule book topic holding this rule's source. */
    public String topic() {
        return topic;
    }

    /** The form field a finding of this rule is shown beside. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return "advisor.rule." + name();
    }
}
