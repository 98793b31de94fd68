package dk.jobandel.testsupport;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each browser test a {@link Browser} on the running application, fresh as far as the application can tell
 * (one Chromium serves the whole run; see {@link Browser#reuse}). Without an installed
 * browser the tests are skipped, except under {@code CI=true}, where that is a failure.
 */
class BrowserExtension implements BeforeAllCallback, ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (Browser.isInstalled()) {
            return;
        }
        String message = "No browser: install Debian's chromium and chromium-driver (" + Browser.CHROMIUM + ", "
                + Browser.CHROMEDRIVER + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + "; under CI=true browser journeys must run");
        }
        Assumptions.abort(message);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String port =
                SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        boolean javascript = !context.getRequiredTestMethod().isAnnotationPresent(WithoutJavaScript.class);
        String baseUrl = "http://localhost:" + port;
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        // one browser for the whole run, kept in the root store, which closes it when the run ends
        ExtensionContext.Store run = context.getRoot().getStore(NAMESPACE);
        Browser browser = run.get(Browser.class, Browser.class);
        if (browser == null) {
            browser = Browser.start(baseUrl, name, javascript);
            run.put(Browser.class, browser);
        } else {
            browser.reuse(baseUrl, name, javascript);
        }
        return browser;
    }

    /**
     * After a failed journey: a picture of where it stopped, then a new browser for the next journey, since this one
     * may be anywhere (a dialog, a half-loaded page).
     */
    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Browser browser = context.getRoot().getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.failureScreenshot();
            browser.close();
        }
    }
}
