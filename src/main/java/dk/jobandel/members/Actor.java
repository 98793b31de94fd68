package dk.jobandel.members;

import org.jspecify.annotations.Nullable;

/**
 * Who acts, as every module's rules see them (issue 18: one acting person): an account, whether it is a consultant (or
 * an admin), and the organisation it is staff of, with that organisation's kind and whether a consultant has verified
 * it. A plain value without Spring, so the modules' {@code core} rules take it; {@link Actors} builds it from the
 * signed-in member in one statement.
 *
 * @param consultant whether the account is a consultant or an admin
 * @param organisationId the organisation whose staff the account is, or {@code null}
 * @param kind that organisation's kind, or {@code null}
 * @param verified whether that organisation is verified ({@code false} without one)
 */
public record Actor(
        long accountId,
        boolean consultant,
        @Nullable Long organisationId,
        @Nullable OrganisationKind kind,
        boolean verified) {

    /**
     * A system reader that sees what consultants see and owns nothing: another module's read after its own checks, or
     * work that no member started.
     */
    public static final Actor SYSTEM = new Actor(0, true, null, null, false);

    /** A consultant (or admin) who is staff of no organisation. */
    public static Actor consultant(long accountId) {
        return new Actor(accountId, true, null, null, false);
    }

    /** Staff of an organisation, not a consultant. */
    public static Actor staff(long accountId, long organisationId, OrganisationKind kind, boolean verified) {
        return new Actor(accountId, false, organisationId, kind, verified);
    }

    /** A member who is neither a consultant nor staff of an organisation (a freelancer). */
    public static Actor person(long accountId) {
        return new Actor(accountId, false, null, null, false);
    }

    public boolean isStaffOf(long organisation) {
        return organisationId != null && organisationId == organisation;
    }

    /** Staff of this organisation, or a consultant. */
    public boolean mayRead(long organisation) {
        return consultant || isStaffOf(organisation);
    }

    /** Consultants without an organisation of their own see every pool in the lists. */
    public boolean seesEveryPool() {
        return consultant && organisationId == null;
    }

    public boolean isCooperative() {
        return organisationId != null && kind == OrganisationKind.COOPERATIVE;
    }

    public boolean isSov() {
        return organisationId != null && kind == OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE;
    }

    public boolean isFirm() {
        return organisationId != null && kind == OrganisationKind.FIRM;
    }

    /** Staff of a municipality, verified or not. */
    public boolean isMunicipality() {
        return organisationId != null && kind == OrganisationKind.MUNICIPALITY;
    }

    /** Staff of a SØV, cooperative or firm: somebody who may supply. */
    public boolean isSupplier() {
        return organisationId != null && kind != OrganisationKind.MUNICIPALITY;
    }

    /** The organisation whose staff the account is; only for an actor known to be staff. */
    public long organisation() {
        if (organisationId == null) {
            throw new IllegalStateException("not staff of an organisation");
        }
        return organisationId;
    }
}
