package dk.jobandel.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A module's part of the privacy promises: every module that stores personal data implements this once, and
 * the privacy module orchestrates the parts (export, erasure, records of processing, the notice). A module that
 * stores personal data in a table no contribution names fails the privacy module's coverage test.
 */
public interface PersonalData {

    /** A short name: the export's file name ({@code members} → {@code members.json}). */
    String name();

    /** Erasure runs the contributions in ascending order; the account itself goes last. */
    default int order() {
        return 0;
    }

    /** The tables whose personal columns this contribution exports and erases or anonymises. */
    Set<String> tables();

    /** Everything this module holds about the person, as values that serialise to JSON (maps, lists, strings). */
    Map<String, ?> export(long accountId);

    /** What must happen before the person can be erased (say, an organisation that would be left without staff). */
    default List<Blocker> blockers(long accountId) {
        return List.of();
    }

    /** Removes or anonymises the person in this module's tables, in the erasure's transaction. */
    void erase(Erasure erasure);

    /**
     * Deletes what this module keeps for a limited time and whose time is up (say, security events after
     * {@code jobandel.privacy.security-event-days}). The daily retention run calls it on one node and records the
     * sum.
     *
     * @return how many records went
     */
    default int removeExpired(Instant now) {
        return 0;
    }

    /**
     * The purposes this module processes personal data for (GDPR art. 30). Each names message keys
     * {@code privacy.record.<id>.purpose|data|basis|retention|audience}, and {@code .kept} when something
     * outlives erasure.
     */
    List<Purpose> purposes();

    /** The person being erased: the name they are shown under afterwards is the alias. */
    record Erasure(long accountId, String email, String displayName, String alias, Instant at) {}

    /** A reason the erasure must wait, as a message key with its arguments. */
    record Blocker(String messageKey, List<Object> arguments) {}

    /**
     * One purpose. The retention text takes {@code retentionArguments} (figures from configuration, so the
     * notice cannot drift from the code).
     */
    record Purpose(String id, List<Object> retentionArguments, boolean keptAfterErasure) {

        public Purpose {
            retentionArguments = List.copyOf(retentionArguments);
        }

        public String key(String part) {
            return "privacy.record." + id + "." + part;
        }
    }

    /** Plain rows for an export: column name to value, with dates as ISO text. */
    static Map<String, @Nullable Object> row(Map<String, @Nullable Object> columns) {
        var out = new java.util.LinkedHashMap<String, @Nullable Object>();
        columns.forEach((column, value) -> out.put(column, plain(value)));
        return out;
    }

    private static @Nullable Object plain(@Nullable Object value) {
        try {
            return switch (value) {
                case null -> null;
                case java.sql.Timestamp t -> t.toInstant().toString();
                case java.sql.Date d -> d.toLocalDate().toString();
                case byte[] bytes -> java.util.HexFormat.of().formatHex(bytes);
                case java.sql.Array array ->
                    java.util.Arrays.stream((Object[]) array.getArray())
                            .map(PersonalData::plain)
                            .toList();
                case Number n -> n;
                case Boolean b -> b;
                case String s -> s;
                default -> value.toString();
            };
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
