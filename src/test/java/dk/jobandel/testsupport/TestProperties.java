package dk.jobandel.testsupport;

/** Properties every application test shares (one value, so that Spring's context cache still works). */
final class TestProperties {

    /**
     * Matching after changes would otherwise start on its own two seconds after demo data or a test saves
     * a profile, and race with the run a test starts. Tests that are about it call it directly.
     */
    static final String QUIET_SCHEDULES = "jobandel.matching.change-delay=86400000";

    /** Tests deliver queued mail themselves ({@code MailDispatcher.deliverDue()}) instead of the background poll. */
    static final String QUIET_MAIL = "jobandel.mail.poll-interval=PT1H";

    /**
     * Consultants and admins must give a second factor in production (issue 13). Tests of other features sign them
     * in with the password alone; the second factor's own tests ({@code dk.jobandel.accounts.SecondFactor*}) turn
     * the requirement back on.
     */
    static final String SECOND_FACTOR_NOT_REQUIRED = "jobandel.two-factor.required-roles=";

    /**
     * Every MockMvc request and every test browser comes from 127.0.0.1: the whole suite signs up more people from
     * that one address than the production limit allows in an hour. The limit's own test drains a bucket of its own.
     */
    static final String MANY_SIGN_UPS = "jobandel.limits.sign-ups-per-address-per-hour=1000";

    /**
     * Impact figures read their facts afresh for every page (production keeps them up to a minute): tests make
     * agreements and read the figures at once. {@code ImpactFactsTest} covers the keeping. (Issue 17.)
     */
    static final String FRESH_IMPACT_FACTS = "jobandel.impact.facts-max-age=PT0S";

    /**
     * The first admin account that {@code AdminBootstrap} creates at start-up, and the metrics credential: set for
     * every application test (one context), and used by {@code SignUpAndLoginIntegrationTest}, which signs in with
     * them. Other tests make their own admins and do not see this one.
     */
    static final String ADMIN_EMAIL = "jobandel.admin.email=" + ApplicationTest.ADMIN_EMAIL;

    static final String ADMIN_PASSWORD = "jobandel.admin.password=" + ApplicationTest.ADMIN_PASSWORD;

    static final String METRICS_PASSWORD = "jobandel.metrics.password=" + ApplicationTest.METRICS_PASSWORD;

    private TestProperties() {}
}
