package dk.jobandel.partnerships;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A SØV's place in the register of registered social-economy enterprises (RSV): what it declares, and what a
 * consultant found when they last checked the register. The badge shows only after a check that found it; a check
 * is due again a year after the last one.
 *
 * @param declared the SØV says it is registered
 * @param checkedOn when a consultant last checked the register, or {@code null}
 * @param found whether that check found it registered ({@code null} before any check)
 */
public record RsvStatus(
        boolean declared,
        @Nullable LocalDate checkedOn,
        @Nullable Boolean found) {

    public static RsvStatus undeclared() {
        return new RsvStatus(false, null, null);
    }

    /** "Registreret socialøkonomisk virksomhed": only a consultant's check that found it earns the badge. */
    public boolean badge() {
        return checkedOn != null && Boolean.TRUE.equals(found);
    }

    /** A consultant should check (again): declared but never checked, or the last check is a year old. */
    public boolean checkDue(LocalDate today) {
        if (checkedOn == null) {
            return declared;
        }
        return !today.isBefore(checkedOn.plusYears(1));
    }
}
