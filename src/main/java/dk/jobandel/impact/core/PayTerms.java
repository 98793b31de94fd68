package dk.jobandel.impact.core;

import dk.jobandel.roles.PayKind;
import java.math.BigDecimal;

/** The pay a placement was agreed on, for the rights it earns ({@link dk.jobandel.review.Rights}). */
public record PayTerms(PayKind payKind, BigDecimal pay, BigDecimal pensionPercent) {}
