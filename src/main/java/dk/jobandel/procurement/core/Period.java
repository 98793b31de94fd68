package dk.jobandel.procurement.core;

import java.time.LocalDate;

/**
 * One reporting period of a clause: from {@code start} up to and including {@code end}.
 *
 * @param dueBy the last day to report it on
 */
public record Period(LocalDate start, LocalDate end, LocalDate dueBy) {}
