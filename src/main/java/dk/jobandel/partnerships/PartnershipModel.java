package dk.jobandel.partnerships;

/** How a firm and a SØV work together. */
public enum PartnershipModel {
    /** The firm buys a service from the SØV. */
    SUBCONTRACTING,
    /** Inclusive jobs in the firm's own production, the SØV running the HR side. */
    INCLUSIVE_HR,
    /** A social-economy department or a new SØV set up together. */
    JOINT_ENTERPRISE
}
