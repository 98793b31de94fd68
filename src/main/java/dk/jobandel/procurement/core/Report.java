package dk.jobandel.procurement.core;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A supplier's actual figure for the period starting on {@code periodStart}. */
public record Report(LocalDate periodStart, BigDecimal actual) {}
