package dk.jobandel.privacy;

import dk.jobandel.members.MemberLookups;
import dk.jobandel.platform.PersonalData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** This module's own part: consents, who looked at the profile, exports and retention warnings. */
@Component
class PrivacyPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final MemberLookups members;
    private final PrivacySettings settings;

    PrivacyPersonalData(JdbcClient jdbc, MemberLookups members, PrivacySettings settings) {
        this.jdbc = jdbc;
        this.members = members;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "privacy";
    }

    @Override
    public int order() {
        return 990;
    }

    @Override
    public Set<String> tables() {
        return Set.of("consent_record", "profile_view", "privacy_export", "retention_warning");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        return Map.of(
                "consents",
                rows("""
                        select purpose, notice_version, given_at, withdrawn_at from consent_record
                        where account_id = :id order by given_at, id
                        """, accountId),
                "whoLookedAtYourProfile",
                whoLookedAtYourProfile(accountId),
                "profilesYouLookedAt",
                rows("""
                        select v.freelancer_id, v.page, v.viewed_at from profile_view v
                        where v.viewer_id = :id order by v.viewed_at, v.id
                        """, accountId),
                "retentionWarnings",
                rows("select warned_at from retention_warning where account_id = :id", accountId));
    }

    /** The reads of the person's profile, with each reader's name as it is now. */
    private List<Map<String, @Nullable Object>> whoLookedAtYourProfile(long accountId) {
        var reads = rows("""
                select v.viewer_id, v.page, v.viewed_at from profile_view v
                where v.freelancer_id = :id order by v.viewed_at, v.id
                """, accountId);
        Set<Long> viewers = new HashSet<>();
        reads.forEach(r -> viewers.add(((Number) Objects.requireNonNull(r.get("viewer_id"))).longValue()));
        Map<Long, String> names = members.displayNames(viewers);
        List<Map<String, @Nullable Object>> out = new ArrayList<>();
        for (var read : reads) {
            String name = names.get(((Number) Objects.requireNonNull(read.get("viewer_id"))).longValue());
            if (name != null) {
                Map<String, @Nullable Object> row = new LinkedHashMap<>();
                row.put("viewer", name);
                row.put("page", read.get("page"));
                row.put("viewed_at", read.get("viewed_at"));
                out.add(row);
            }
        }
        return out;
    }

    private List<Map<String, @Nullable Object>> rows(String sql, long accountId) {
        return jdbc.sql(sql).param("id", accountId).query().listOfRows().stream()
                .map(PersonalData::row)
                .toList();
    }

    @Override
    public void erase(Erasure erasure) {
        for (String table : List.of("consent_record", "privacy_export", "retention_warning")) {
            jdbc.sql("delete from " + table + " where account_id = :id")
                    .param("id", erasure.accountId())
                    .update();
        }
        // the reads of this person's profile go; their own reads of others stay in those people's logs, by the alias
        jdbc.sql("delete from profile_view where freelancer_id = :id")
                .param("id", erasure.accountId())
                .update();
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(
                new Purpose("consents", List.of(), false),
                new Purpose("views", List.of(), false),
                new Purpose("exports", List.of(settings.exportDays()), false),
                new Purpose("retention", List.of(settings.warnAfterMonths(), settings.eraseAfterMonths()), false));
    }
}
