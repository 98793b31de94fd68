package dk.jobandel.roles;

import dk.jobandel.advisor.core.Terms;
import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Everything a cooperative says about a role. */
public record RoleDetails(
        String title,
        String description,
        WeekGrid schedule,
        int sharers,
        int handoverMinutes,
        @Nullable List<Integer> splitPercents,
        short municipalityCode,
        WorkMode workMode,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        PayKind payKind,
        BigDecimal payFrom,
        @Nullable BigDecimal payTo,
        BigDecimal pensionPercent,
        boolean collectiveAgreement,
        boolean openToFlexjob,
        List<RequiredSkill> skills,
        RoleTerms terms) {

    /** Details with the terms a role implied before the advisor asked for more (holiday by pay kind). */
    public RoleDetails(
            String title,
            String description,
            WeekGrid schedule,
            int sharers,
            int handoverMinutes,
            @Nullable List<Integer> splitPercents,
            short municipalityCode,
            WorkMode workMode,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            PayKind payKind,
            BigDecimal payFrom,
            @Nullable BigDecimal payTo,
            BigDecimal pensionPercent,
            boolean collectiveAgreement,
            boolean openToFlexjob,
            List<RequiredSkill> skills) {
        this(
                title,
                description,
                schedule,
                sharers,
                handoverMinutes,
                splitPercents,
                municipalityCode,
                workMode,
                startDate,
                endDate,
                payKind,
                payFrom,
                payTo,
                pensionPercent,
                collectiveAgreement,
                openToFlexjob,
                skills,
                RoleTerms.impliedBy(payKind));
    }

    /** The role's terms as the advisor's secure-terms check takes them: the lower end of the pay band counts. */
    public Terms advisorTerms() {
        return new Terms(
                Terms.Kind.JOB_SHARE,
                BigDecimal.valueOf(schedule.hours()),
                sharers,
                splitPercents,
                handoverMinutes,
                payKind == PayKind.HOURLY ? Terms.PayBasis.HOURLY : Terms.PayBasis.MONTHLY,
                payFrom,
                terms.agreementName(),
                terms.agreementMinimumPay(),
                pensionPercent,
                terms.agreementPensionPercent(),
                terms.holiday(),
                terms.officeWork(),
                terms.fullTimePay(),
                terms.fullTimePensionPercent(),
                terms.membershipOffered(),
                false);
    }

    public RoleDetails {
        skills = List.copyOf(skills);
        splitPercents = splitPercents == null ? null : List.copyOf(splitPercents);
    }

    /** Each field as text, for the history of a published role: what a person would compare. */
    Map<String, String> asText() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("title", title);
        text.put("description", description);
        text.put("schedule", schedule.format(Locale.of("da")));
        text.put("sharers", String.valueOf(sharers));
        text.put("handoverMinutes", String.valueOf(handoverMinutes));
        text.put("split", splitPercents == null ? "even" : splitPercents.toString());
        text.put("municipality", String.valueOf(municipalityCode));
        text.put("workMode", workMode.name());
        text.put("period", startDate + " – " + Objects.toString(endDate, "permanent"));
        text.put(
                "pay",
                payKind.name() + " " + payFrom.toPlainString() + (payTo == null ? "" : "–" + payTo.toPlainString()));
        text.put("pension", pensionPercent.stripTrailingZeros().toPlainString() + " %");
        text.put("collectiveAgreement", String.valueOf(collectiveAgreement));
        text.put("openToFlexjob", String.valueOf(openToFlexjob));
        text.put(
                "agreement",
                Objects.toString(terms.agreementName(), "") + " " + plain(terms.agreementMinimumPay()) + " "
                        + plain(terms.agreementPensionPercent()));
        text.put("holiday", terms.holiday().name());
        text.put("officeWork", String.valueOf(terms.officeWork()));
        text.put("fullTime", plain(terms.fullTimePay()) + " " + plain(terms.fullTimePensionPercent()));
        text.put("membershipOffered", String.valueOf(terms.membershipOffered()));
        List<String> skillText = new ArrayList<>();
        skills.stream()
                .sorted(java.util.Comparator.comparingInt(RequiredSkill::skillId))
                .forEach(s -> skillText.add(s.skillId() + ":" + s.requirement() + ":" + s.minLevel()));
        text.put("skills", String.join(", ", skillText));
        return text;
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }
}
