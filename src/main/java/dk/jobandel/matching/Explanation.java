package dk.jobandel.matching;

import dk.jobandel.matching.MatchingProposals.Member;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.matching.engine.CandidateReasons;
import dk.jobandel.matching.engine.Criterion;
import dk.jobandel.matching.engine.HandoverPatterns;
import dk.jobandel.matching.engine.LevelGap;
import dk.jobandel.matching.engine.SkillNeed;
import dk.jobandel.matching.engine.TeamReasons;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A proposal's reasons as sentences a member reads, in the reader's language: names of skills and
 * people, times of the week and numbers are put into message patterns ({@code explain.*}).
 */
public record Explanation(List<String> sentences) {

    private record Line(String key, Object[] args) {}

    public static Explanation of(
            Proposal proposal,
            boolean remote,
            Map<Long, String> names,
            ReferenceData reference,
            MessageSource messages,
            Locale locale) {
        var words = new Words(names, reference, messages, locale);
        List<Line> lines = new ArrayList<>();
        if (proposal.candidate() != null) {
            candidate(proposal, proposal.candidate(), remote, words, lines);
        } else if (proposal.team() != null) {
            team(proposal, proposal.team(), remote, words, lines);
        }
        return new Explanation(lines.stream()
                .map(line -> messages.getMessage(line.key(), line.args(), locale))
                .toList());
    }

    private static void candidate(
            Proposal proposal, CandidateReasons reasons, boolean remote, Words words, List<Line> lines) {
        Member member = proposal.members().getFirst();
        if (!reasons.requiredHeld().isEmpty()) {
            lines.add(line("explain.required.held", words.levels(reasons.requiredHeld(), "explain.skill.heldAsked")));
        }
        if (!reasons.skillsMet().isEmpty()) {
            lines.add(line("explain.nice.met", words.skills(reasons.skillsMet())));
        }
        if (!reasons.levelGaps().isEmpty()) {
            lines.add(line("explain.nice.below", words.levels(reasons.levelGaps(), "explain.skill.heldWanted")));
        }
        if (!reasons.skillsMissing().isEmpty()) {
            lines.add(line("explain.nice.missing", words.skills(reasons.skillsMissing())));
        }
        WeekGrid covered = WeekGrid.ofWords(reasons.coveredSlots());
        WeekGrid uncovered = WeekGrid.ofWords(reasons.uncoveredSlots());
        if (uncovered.isEmpty()) {
            lines.add(line("explain.free.all", words.hours(covered.slotCount())));
        } else {
            lines.add(line(
                    "explain.free.part",
                    words.hours(covered.slotCount()),
                    words.hours(covered.slotCount() + uncovered.slotCount()),
                    uncovered.format(words.locale)));
        }
        lines.add(hours(
                proposal.kind() == dk.jobandel.matching.MatchingProposals.Kind.CANDIDATE
                        ? "explain.hours.share"
                        : "explain.hours",
                null,
                member,
                words));
        lines.add(distance(remote, null, member, words));
    }

    private static void team(Proposal proposal, TeamReasons reasons, boolean remote, Words words, List<Line> lines) {
        for (Member member : proposal.members()) {
            lines.add(line(
                    "explain.team.member",
                    words.name(member.freelancerId()),
                    words.hours(member.halfHours()),
                    member.assigned().format(words.locale)));
            lines.add(hours("explain.team.hours", words.name(member.freelancerId()), member, words));
            lines.add(distance(remote, words.name(member.freelancerId()), member, words));
        }
        uneven(proposal.members(), words).ifPresent(lines::add);
        // one line per pair and time of day, with its weekdays (issue 20), not one per handover
        for (HandoverPatterns.Pattern pattern : HandoverPatterns.of(proposal.handovers())) {
            lines.add(handover(pattern, words));
        }
        for (TeamReasons.SkillHolders holders : reasons.mustOneHeldBy()) {
            lines.add(line(
                    "explain.team.mustOne",
                    words.skill(holders.need()),
                    holders.freelancerIds().stream().map(words::name).collect(Collectors.joining(", "))));
        }
        if (!reasons.skillsMet().isEmpty()) {
            lines.add(line("explain.team.nice.met", words.skills(reasons.skillsMet())));
        }
        if (!reasons.skillsMissing().isEmpty()) {
            lines.add(line("explain.team.nice.missing", words.skills(reasons.skillsMissing())));
        }
        if (reasons.unansweredWorkStyle() > 0) {
            lines.add(line("explain.team.workStyle.unanswered", reasons.unansweredWorkStyle()));
        } else {
            lines.add(line(
                    "explain.team.workStyle",
                    words.percent(proposal.breakdown().get(Criterion.WORK_STYLE).score())));
        }
    }

    /**
     * Issue 19: when the split is uneven because of what people want, says so with the hours of each, as in
     * "Maja 15 t, Oscar 20 t, Victor 10 t, because Victor wants at most 12 t": a member below an even share who
     * works the most they want, or above it who works the fewest they want, is the reason.
     */
    private static java.util.Optional<Line> uneven(List<Member> members, Words words) {
        int total = members.stream().mapToInt(Member::halfHours).sum();
        double even = total / (double) members.size();
        int most = members.stream().mapToInt(Member::halfHours).max().orElse(0);
        int fewest = members.stream().mapToInt(Member::halfHours).min().orElse(0);
        if (members.size() < 2 || most - fewest <= 1) {
            return java.util.Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        for (Member member : members) {
            if (member.halfHours() < even && member.halfHours() == member.desiredMaxHalfHours()) {
                reasons.add(words.message(
                        "explain.team.uneven.atMost",
                        words.name(member.freelancerId()),
                        words.hours(member.desiredMaxHalfHours())));
            } else if (member.halfHours() > even && member.halfHours() == member.desiredMinHalfHours()) {
                reasons.add(words.message(
                        "explain.team.uneven.atLeast",
                        words.name(member.freelancerId()),
                        words.hours(member.desiredMinHalfHours())));
            }
        }
        if (reasons.isEmpty()) {
            return java.util.Optional.empty();
        }
        String parts = members.stream()
                .map(m -> words.message(
                        "explain.team.uneven.part", words.name(m.freelancerId()), words.hours(m.halfHours())))
                .collect(Collectors.joining(", "));
        String and = " " + words.message("explain.team.uneven.and") + " ";
        return java.util.Optional.of(line("explain.team.uneven", parts, String.join(and, reasons)));
    }

    private static Line hours(String key, @Nullable String name, Member member, Words words) {
        String fit = member.halfHours() < member.desiredMinHalfHours()
                ? "below"
                : member.halfHours() > member.desiredMaxHalfHours() ? "above" : "within";
        Object[] numbers = {
            words.hours(member.halfHours()),
            words.hours(member.desiredMinHalfHours()),
            words.hours(member.desiredMaxHalfHours())
        };
        if (name == null) {
            return line(key + "." + fit, numbers);
        }
        return line(key + "." + fit, name, numbers[0], numbers[1], numbers[2]);
    }

    private static Line distance(boolean remote, @Nullable String name, Member member, Words words) {
        // distances run between municipalities: 0 km means the same one, and says so (issue 20)
        if (member.distanceKm() < 0.05) {
            String key = remote ? "explain.distance.remote.same" : "explain.distance.same";
            return name == null ? line(key) : line(key + ".named", name);
        }
        String distance = words.kilometres(member.distanceKm());
        String key = remote ? "explain.distance.remote" : "explain.distance";
        return name == null ? line(key, distance) : line(key + ".named", name, distance);
    }

    /** "Victor → Maja man–fre 10:30–11:00", or without overlap "Victor → Maja lør, søn kl. 12:00". */
    private static Line handover(HandoverPatterns.Pattern pattern, Words words) {
        String from = words.name(pattern.fromFreelancerId());
        String to = words.name(pattern.toFreelancerId());
        String days = HandoverPatterns.days(pattern.days(), words.dayNames());
        String start = HandoverPatterns.clock(pattern.startMinute());
        if (pattern.overlapSlots() == 0) {
            return line("explain.team.handovers.at", from, to, days, start);
        }
        return line("explain.team.handovers", from, to, days, start, HandoverPatterns.clock(pattern.endMinute()));
    }

    /** A team's handovers, grouped by pair and weekday pattern, as lines (the review page lists them apart). */
    public static List<String> handovers(
            Proposal proposal,
            Map<Long, String> names,
            ReferenceData reference,
            MessageSource messages,
            Locale locale) {
        var words = new Words(names, reference, messages, locale);
        return HandoverPatterns.of(proposal.handovers()).stream()
                .map(pattern -> handover(pattern, words))
                .map(line -> messages.getMessage(line.key(), line.args(), locale))
                .toList();
    }

    private static Line line(String key, Object... args) {
        return new Line(key, args);
    }

    /** Names and numbers in the reader's language. */
    private static final class Words {

        private final Map<Long, String> names;
        private final ReferenceData reference;
        private final MessageSource messages;
        private final Locale locale;
        private final NumberFormat oneDecimal;

        Words(Map<Long, String> names, ReferenceData reference, MessageSource messages, Locale locale) {
            this.names = names;
            this.reference = reference;
            this.messages = messages;
            this.locale = locale;
            this.oneDecimal = NumberFormat.getNumberInstance(locale);
            oneDecimal.setMaximumFractionDigits(1);
        }

        String message(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String name(long freelancerId) {
            return names.getOrDefault(freelancerId, "#" + freelancerId);
        }

        String hours(double halfHours) {
            return oneDecimal.format(halfHours / 2.0);
        }

        String kilometres(double km) {
            return oneDecimal.format(km);
        }

        String percent(double share) {
            return NumberFormat.getIntegerInstance(locale).format(Math.round(share * 100));
        }

        String skillName(int skillId) {
            return reference.skill((short) skillId).map(s -> s.name(locale)).orElse("#" + skillId);
        }

        String skill(SkillNeed need) {
            return skillName(need.skillId());
        }

        String skills(List<SkillNeed> needs) {
            return needs.stream().map(this::skill).collect(Collectors.joining(", "));
        }

        /** "Kok (niveau 3, krævet 2)" and the like: a message pattern with name, level held and level asked. */
        String levels(List<LevelGap> gaps, String patternKey) {
            return gaps.stream()
                    .map(gap -> messages.getMessage(
                            patternKey, new Object[] {skillName(gap.skillId()), gap.held(), gap.wanted()}, locale))
                    .collect(Collectors.joining(", "));
        }

        List<String> dayNames() {
            return List.of(messages.getMessage("week.days.short", null, locale).split(","));
        }
    }
}
