package dk.jobandel.procurement;

import dk.jobandel.procurement.core.ClauseKind;
import dk.jobandel.procurement.core.LegalBasis;
import dk.jobandel.procurement.core.TargetUnit;

/** The content of one version of a clause template. */
public record TemplateText(
        ClauseKind kind,
        LegalBasis basis,
        String titleDa,
        String summaryEn,
        String textDa,
        String conditionsDa,
        TargetUnit unit,
        String evidenceDa,
        int followUpMonths,
        String shortfallDa) {}
