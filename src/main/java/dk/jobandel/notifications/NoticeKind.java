package dk.jobandel.notifications;

/**
 * What a notice is about. Each kind has a text for the notification centre ({@code notice.KIND}) and,
 * when it is e-mailed, a subject and a body ({@code notice.KIND.subject}, {@code notice.KIND.body}),
 * all taking the same arguments in the order given here. Arguments are strings, whole or decimal numbers,
 * or {@link java.time.LocalDate}s (written out in the reader's language).
 */
public enum NoticeKind {
    /** An offer awaits the member's answer. Arguments: role title, organisation name, answer-by date. */
    OFFER_RECEIVED(true, 3),
    /** Every party accepted: the agreement is made. Arguments: role title, organisation name. */
    OFFER_ALL_ACCEPTED(true, 2),
    /** A party declined, so the offer is off for everybody. Arguments: role title, organisation name. */
    OFFER_DECLINED(true, 2),
    /** Not everybody answered in time. Arguments: role title, organisation name. */
    OFFER_EXPIRED(true, 2),
    /**
     * Every party accepted, but the agreement would double-book someone or break a working-time rule, so it was
     * not made. Arguments: role title, organisation name.
     */
    AGREEMENT_BLOCKED(true, 2),
    /** A party ended the agreement. Arguments: role title, organisation name, last day. */
    AGREEMENT_ENDED(true, 3),
    /** A consultant verified the organisation: it may publish roles. Arguments: organisation name. */
    ORGANISATION_VERIFIED(true, 1),
    /** A consultant rejected the organisation's registration. Arguments: organisation name, reason. */
    ORGANISATION_REJECTED(true, 2),
    /** An invited colleague joined (for the other staff; nothing to act on). Arguments: name, organisation. */
    COLLEAGUE_JOINED(false, 2),
    /** An organisation applied to join a pool the member's organisation hosts. Arguments: pool, applicant. */
    POOL_APPLICATION_RECEIVED(true, 2),
    /** The host approved the organisation's application to a pool. Arguments: pool, host organisation. */
    POOL_APPLICATION_APPROVED(true, 2),
    /** The host rejected the organisation's application to a pool. Arguments: pool, host organisation. */
    POOL_APPLICATION_REJECTED(true, 2),
    /** The member's copy of their data is ready to download. Arguments: the last day it can be downloaded. */
    PRIVACY_EXPORT_READY(true, 1),
    /** An inactive profile will be erased unless the member signs in. Arguments: the day of erasure. */
    PRIVACY_RETENTION_WARNING(true, 1),
    /**
     * A social clause's quarterly (or other period's) report is overdue, for the supplier's staff and the
     * municipality's. Arguments: contract title, the period's first day, the last day to report.
     */
    PROCUREMENT_REPORT_OVERDUE(true, 3),
    /**
     * A supplier asks to take a person's booked hours as evidence for a social clause; nothing is read until the
     * person consents on their consent page. Arguments: the supplier's name, the contract's title.
     */
    PROCUREMENT_EVIDENCE_CONSENT_ASKED(true, 2);

    private final boolean mailed;
    private final int arguments;

    NoticeKind(boolean mailed, int arguments) {
        this.mailed = mailed;
        this.arguments = arguments;
    }

    /** Whether the member is also e-mailed: for everything they must act on or must not miss. */
    public boolean mailed() {
        return mailed;
    }

    /** How many arguments the texts take. */
    public int arguments() {
        return arguments;
    }

    /** The key of the text in the notification centre. */
    public String messageKey() {
        return "notice." + name();
    }

    String subjectKey() {
        return messageKey() + ".subject";
    }

    String bodyKey() {
        return messageKey() + ".body";
    }
}
