package dk.jobandel.review;

import java.util.List;

/** A consultant's adjusted split breaks the rules named; nothing was changed. */
public final class SplitRefused extends RuntimeException {

    private final List<SplitCheck.Problem> problems;

    public SplitRefused(List<SplitCheck.Problem> problems) {
        super("The adjusted split breaks " + problems.size() + " rule(s)", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<SplitCheck.Problem> problems() {
        return problems;
    }
}
