package dk.jobandel.review.web;

import dk.jobandel.matching.MatchingProposals.Kind;
import dk.jobandel.review.ReviewQueue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The review queue's filter and order, from the query string; every field may be empty. */
public class QueueForm {

    private @Nullable Long organisation;
    private @Nullable Short municipality;
    private @Nullable Short skill;
    private @Nullable Kind kind;

    @DecimalMin(value = "0", message = "{review.filter.minScore.range}")
    @DecimalMax(value = "100", message = "{review.filter.minScore.range}")
    private @Nullable Double minScore;

    /** The order to sort by, as {@link ReviewQueue.QueueOrder} names it; anything unknown falls back to the default. */
    private @Nullable String sort;

    public @Nullable String getSort() {
        return sort;
    }

    public void setSort(@Nullable String sort) {
        this.sort = sort;
    }

    public @Nullable Long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable Long organisation) {
        this.organisation = organisation;
    }

    public @Nullable Short getMunicipality() {
        return municipality;
    }

    public void setMunicipality(@Nullable Short municipality) {
        this.municipality = municipality;
    }

    public @Nullable Short getSkill() {
        return skill;
    }

    public void setSkill(@Nullable Short skill) {
        this.skill = skill;
    }

    public @Nullable Kind getKind() {
        return kind;
    }

    public void setKind(@Nullable Kind kind) {
        this.kind = kind;
    }

    public @Nullable Double getMinScore() {
        return minScore;
    }

    public void setMinScore(@Nullable Double minScore) {
        this.minScore = minScore;
    }

    /** The queue's filter this form asks for. */
    ReviewQueue.QueueFilter queueFilter() {
        return new ReviewQueue.QueueFilter(organisation, municipality, skill, kind, minScore);
    }

    /** The filter and the order as a query string ("" or "?organisation=3&sort=score"), for links and redirects. */
    String query(ReviewQueue.QueueOrder order) {
        var query = UriComponentsBuilder.newInstance();
        if (organisation != null) {
            query.queryParam("organisation", organisation);
        }
        if (municipality != null) {
            query.queryParam("municipality", municipality);
        }
        if (skill != null) {
            query.queryParam("skill", skill);
        }
        if (kind != null) {
            query.queryParam("kind", kind.name());
        }
        if (minScore != null) {
            query.queryParam("minScore", minScore);
        }
        if (order != ReviewQueue.QueueOrder.WAITED) {
            query.queryParam("sort", order.parameter());
        }
        String text = query.encode().build().getQuery();
        return text == null || text.isEmpty() ? "" : "?" + text;
    }
}
