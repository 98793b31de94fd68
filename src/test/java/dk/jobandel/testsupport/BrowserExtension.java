package dk.jobandel.testsupport;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each browser test a fresh {@link Browser} on the running application. Without an installed
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
        Browser browser = Browser.start(
                "http://localhost:" + port,
                context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName(),
                javascript);
        context.getStore(NAMESPACE).put(Browser.class, browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }
}
