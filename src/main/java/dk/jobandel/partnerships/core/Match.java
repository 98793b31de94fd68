package dk.jobandel.partnerships.core;

import java.util.List;

/**
 * One SØV against one need: either refused by a hard rule (with the rules it breaks) or scored out of 100 with every
 * soft criterion.
 */
public record Match(long sovId, long needId, boolean refused, double score, List<Criterion> criteria) {

    public Match {
        criteria = List.copyOf(criteria);
    }
}
