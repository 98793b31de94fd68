package dk.jobandel.procurement;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.partnerships.TargetGroup;
import dk.jobandel.procurement.core.ClauseKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The development forum's knowledge bank: articles and experience reports by consultants and municipalities, tagged by
 * clause kind, service and target group, and found with PostgreSQL's Danish text search (so "rengøringsopgaver"
 * finds "rengøring": both stem to the same word).
 */
@Service
public class KnowledgeBank {

    private final JdbcClient jdbc;
    private final Clock clock;

    private final MemberLookups members;

    KnowledgeBank(JdbcClient jdbc, Clock clock, MemberLookups members) {
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Article(
            long id,
            String title,
            String body,
            @Nullable ClauseKind clauseKind,
            @Nullable Long templateId,
            @Nullable ServiceKind service,
            @Nullable TargetGroup targetGroup,
            String writtenBy,
            Instant publishedAt) {}

    public record NewArticle(
            String title,
            String body,
            @Nullable ClauseKind clauseKind,
            @Nullable Long templateId,
            @Nullable ServiceKind service,
            @Nullable TargetGroup targetGroup) {}

    private static final String SELECT = """
            select k.id, k.title, k.body, k.clause_kind, k.template_id, k.service, k.target_group,
                   k.written_by, k.published_at
            from knowledge_article k
            """;

    /** An article as read, with its writer still to be named by the members module. */
    private record Unnamed(Article article, @Nullable Long writtenBy) {}

    /** One statement for the writers' names, whatever the number of articles. */
    private List<Article> named(List<Unnamed> articles) {
        Map<Long, String> names = members.displayNames(articles.stream()
                .map(Unnamed::writtenBy)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return articles.stream()
                .map(u -> {
                    Article a = u.article();
                    String writer = u.writtenBy() == null ? "" : names.getOrDefault(u.writtenBy(), "");
                    return new Article(
                            a.id(),
                            a.title(),
                            a.body(),
                            a.clauseKind(),
                            a.templateId(),
                            a.service(),
                            a.targetGroup(),
                            writer,
                            a.publishedAt());
                })
                .toList();
    }

    private static Unnamed article(java.sql.ResultSet rs) throws java.sql.SQLException {
        String kind = rs.getString(4);
        long template = rs.getLong(5);
        boolean noTemplate = rs.wasNull();
        String service = rs.getString(6);
        String group = rs.getString(7);
        Article article = new Article(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                kind == null ? null : ClauseKind.valueOf(kind),
                noTemplate ? null : template,
                service == null ? null : ServiceKind.valueOf(service),
                group == null ? null : TargetGroup.valueOf(group),
                "",
                rs.getTimestamp(9).toInstant());
        return new Unnamed(article, rs.getObject(8, Long.class));
    }

    /**
     * Articles matching the words, best first, or the newest when no words are given. A word matches by its Danish
     * stem, and a compound in the query also finds its first part: Danish glues words together ("rengøringsopgaver"),
     * which the stemmer does not split, so an article whose stem of five letters or more begins a query word counts
     * as well ("rengøring" for "rengøringsopgaver"). The knowledge bank is small, so the second test reads each
     * article's lexemes rather than an index.
     */
    @Transactional(readOnly = true)
    public List<Article> search(String words) {
        String plain = String.join(
                " ",
                java.util.Arrays.stream(words.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                        .filter(w -> !w.isBlank())
                        .limit(20)
                        .toList());
        if (plain.isBlank()) {
            return named(jdbc.sql(SELECT + " order by k.published_at desc, k.id desc limit 50")
                    .query((rs, row) -> article(rs))
                    .list());
        }
        return named(jdbc.sql(SELECT + """
                         where k.search @@ plainto_tsquery('danish', :words)
                            or exists (select 1 from unnest(tsvector_to_array(k.search)) as l(lexeme),
                                                     unnest(string_to_array(:words, ' ')) as w(word)
                                       where length(l.lexeme) >= 5 and starts_with(w.word, l.lexeme))
                         order by ts_rank(k.search, plainto_tsquery('danish', :words)) desc, k.id desc
                         limit 50
                        """)
                .param("words", plain)
                .query((rs, row) -> article(rs))
                .list());
    }

    /** The experiences that used a clause template. */
    @Transactional(readOnly = true)
    public List<Article> aboutTemplate(long templateId) {
        return named(jdbc.sql(SELECT + " where k.template_id = :id order by k.published_at desc")
                .param("id", templateId)
                .query((rs, row) -> article(rs))
                .list());
    }

    /** Consultants and verified municipalities write; suppliers read. */
    public static boolean mayWrite(Actor actor) {
        return actor.consultant() || (actor.isMunicipality() && actor.verified());
    }

    /** Writes an article, when {@link #mayWrite} allows it. */
    @Transactional
    public long write(Actor actor, NewArticle article) {
        if (!mayWrite(actor)) {
            throw new ProcurementRefused("notForumMember");
        }
        if (article.templateId() != null) {
            boolean exists = jdbc.sql("select count(*) > 0 from clause_template where id = :id")
                    .param("id", article.templateId())
                    .query(Boolean.class)
                    .single();
            if (!exists) {
                throw new ProcurementRefused("unknownTemplate", "templateId");
            }
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into knowledge_article (title, body, clause_kind, template_id, service, target_group,
                                                       written_by, published_at)
                        values (:title, :body, :kind, :template, :service, :group, :by, :at)
                        """)
                .param("title", article.title().strip())
                .param("body", article.body().strip())
                .param(
                        "kind",
                        article.clauseKind() == null
                                ? null
                                : article.clauseKind().name())
                .param("template", article.templateId())
                .param(
                        "service",
                        article.service() == null ? null : article.service().name())
                .param(
                        "group",
                        article.targetGroup() == null
                                ? null
                                : article.targetGroup().name())
                .param("by", actor.accountId())
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
