package dk.jobandel.review.core;

import dk.jobandel.review.ReviewStatus;
import dk.jobandel.shared.core.Decision;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Who may see the other parties' contact details: a party of the proposal, once everyone has accepted and the
 * agreement is made ({@link ReviewStatus#AGREED}). Until then, and for ever when the proposal ends any other way
 * (declined, expired, blocked), the parties see each other's names only.
 */
public final class Contacts {

    private Contacts() {}

    /** Whether a reader sees the other parties' contacts on a proposal in this status. */
    public static Decision shown(ReviewStatus proposal, boolean readerIsParty) {
        return readerIsParty && proposal == ReviewStatus.AGREED ? Decision.ALLOWED : Decision.HIDDEN;
    }

    /**
     * The contact as the reader may see it: the contact itself, or {@code null} while it stays hidden (then it is not
     * even looked up).
     */
    public static @Nullable String asShown(Decision shown, Supplier<@Nullable String> contact) {
        return shown.allowed() ? contact.get() : null;
    }
}
