package dk.jobandel.review.web;

import dk.jobandel.matching.MatchingProposals.Member;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.review.Rights;
import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The top of a proposal's review page (issue 20): one row per criterion (coverage, skills, hours, distance, work
 * style, rights) marked fine or worth a look, each with a sentence, and the people as one compact table. Plain Java;
 * the words are message keys with their arguments, the numbers already formatted for the reader's language.
 */
record DecisionSummary(List<Check> checks, List<Person> people) {

    /** How a criterion stands. */
    enum Mark {
        /** Fine as it is. */
        OK,
        /** Worth a look before deciding. */
        WARN,
        /** Does not apply (a single person has no work style to compare). */
        NONE
    }

    /** One criterion's row: its name (for {@code review.check.<criterion>}), its mark, and its sentence. */
    record Check(String criterion, Mark mark, String key, Object[] args) {}

    /**
     * One person's row.
     *
     * @param hours hours a week, formatted
     * @param share their share of the team's hours in whole percent, formatted
     * @param distance the distance in km, formatted, or {@code null} for the same municipality
     * @param fitKey the message key for how the hours fit what they want ({@code review.people.fit.*})
     * @param fitArgs its arguments: the fewest and most hours they want
     * @param fits whether the hours are within what they want
     */
    record Person(
            long freelancerId,
            String name,
            String hours,
            String share,
            @org.jspecify.annotations.Nullable String distance,
            String fitKey,
            Object[] fitArgs,
            boolean fits) {}

    /** A work-style likeness at or above this share reads as alike. */
    static final double ALIKE = 0.5;
    /** A travel score below this share reads as far for the person. */
    static final double NEAR = 0.5;
    /** Distances below this are within one municipality (distances run between municipalities' centres). */
    static final double SAME_MUNICIPALITY_KM = 0.05;

    /**
     * @param names the people's names by account id
     * @param rights each member's rights, in member order
     * @param skillName a skill's name in the reader's language, by id
     */
    static DecisionSummary of(
            Proposal proposal,
            WeekGrid schedule,
            boolean remote,
            BigDecimal pensionPercent,
            Map<Long, String> names,
            List<Rights> rights,
            IntFunction<String> skillName,
            Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        List<Check> checks = new ArrayList<>();

        WeekGrid covered = proposal.covered().intersection(schedule);
        WeekGrid uncovered = schedule.minus(covered);
        checks.add(
                uncovered.isEmpty()
                        ? new Check("coverage", Mark.OK, "review.check.coverage.all", new Object[] {
                            number.format(schedule.hours())
                        })
                        : new Check("coverage", Mark.WARN, "review.check.coverage.part", new Object[] {
                            number.format(covered.hours()), number.format(schedule.hours()), uncovered.format(locale)
                        }));

        List<Integer> short_ = proposal.skillsShort();
        checks.add(
                short_.isEmpty()
                        ? new Check("skills", Mark.OK, "review.check.skills.all", new Object[0])
                        : new Check("skills", Mark.WARN, "review.check.skills.short", new Object[] {
                            String.join(
                                    ", ", short_.stream().map(skillName::apply).toList())
                        }));

        List<String> outside = new ArrayList<>();
        for (Member member : proposal.members()) {
            if (!member.withinDesiredHours()) {
                outside.add(name(names, member) + " " + number.format(member.hours()));
            }
        }
        checks.add(
                outside.isEmpty()
                        ? new Check(
                                "hours",
                                Mark.OK,
                                proposal.members().size() > 1 ? "review.check.hours.all" : "review.check.hours.one",
                                new Object[0])
                        : new Check("hours", Mark.WARN, "review.check.hours.outside", new Object[] {
                            String.join(", ", outside)
                        }));

        Member farthest = proposal.members().stream()
                .max(java.util.Comparator.comparingDouble(Member::distanceKm))
                .orElseThrow();
        double travel = proposal.criterionScore("TRAVEL").orElse(1);
        if (remote) {
            checks.add(new Check("distance", Mark.OK, "review.check.distance.remote", new Object[0]));
        } else if (farthest.distanceKm() < SAME_MUNICIPALITY_KM) {
            checks.add(new Check("distance", Mark.OK, "review.check.distance.same", new Object[0]));
        } else {
            checks.add(new Check(
                    "distance",
                    travel < NEAR ? Mark.WARN : Mark.OK,
                    travel < NEAR ? "review.check.distance.far" : "review.check.distance.near",
                    new Object[] {name(names, farthest), number.format(farthest.distanceKm())}));
        }

        if (proposal.members().size() < 2) {
            checks.add(new Check("workStyle", Mark.NONE, "review.check.workStyle.single", new Object[0]));
        } else if (proposal.unansweredWorkStyle() > 0) {
            checks.add(new Check("workStyle", Mark.WARN, "review.check.workStyle.unanswered", new Object[] {
                proposal.unansweredWorkStyle()
            }));
        } else {
            double alike = proposal.criterionScore("WORK_STYLE").orElse(0);
            checks.add(new Check(
                    "workStyle",
                    alike >= ALIKE ? Mark.OK : Mark.WARN,
                    alike >= ALIKE ? "review.check.workStyle.alike" : "review.check.workStyle.different",
                    new Object[] {whole.format(Math.round(alike * 100))}));
        }

        List<String> noStatement = new ArrayList<>();
        for (int i = 0; i < rights.size(); i++) {
            if (!rights.get(i).statementOwed()) {
                noStatement.add(name(names, proposal.members().get(i)));
            }
        }
        if (!noStatement.isEmpty()) {
            checks.add(new Check(
                    "rights", Mark.WARN, "review.check.rights.noStatement", new Object[] {String.join(", ", noStatement)
                    }));
        } else if (pensionPercent.signum() == 0) {
            checks.add(new Check("rights", Mark.WARN, "review.check.rights.noPension", new Object[0]));
        } else {
            checks.add(new Check(
                    "rights", Mark.OK, "review.check.rights.ok", new Object[] {number.format(pensionPercent)}));
        }

        int total = proposal.members().stream().mapToInt(Member::halfHours).sum();
        List<Person> people = proposal.members().stream()
                .map(m -> new Person(
                        m.freelancerId(),
                        name(names, m),
                        number.format(m.hours()),
                        whole.format(total == 0 ? 0 : Math.round(100.0 * m.halfHours() / total)),
                        m.distanceKm() < SAME_MUNICIPALITY_KM ? null : number.format(m.distanceKm()),
                        m.halfHours() < m.desiredMinHalfHours()
                                ? "review.people.fit.below"
                                : m.halfHours() > m.desiredMaxHalfHours()
                                        ? "review.people.fit.above"
                                        : "review.people.fit.within",
                        new Object[] {
                            number.format(m.desiredMinHalfHours() / 2.0), number.format(m.desiredMaxHalfHours() / 2.0)
                        },
                        m.withinDesiredHours()))
                .toList();
        return new DecisionSummary(List.copyOf(checks), people);
    }

    private static String name(Map<Long, String> names, Member member) {
        return names.getOrDefault(member.freelancerId(), "#" + member.freelancerId());
    }
}
