package dk.jobandel.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The requests that are no page: the probes and metrics under {@code /actuator/}, and the static assets of {@link
 * StaticResources}. They use no database and no template, so the filters that exist for pages ({@link
 * RequestAdmission}, {@link PageCompression}) leave them alone.
 */
final class AssetOrProbe {

    private static final String[] PREFIXES = {"/actuator/", "/css/", "/js/", "/img/", "/webjars/", "/favicon.ico"};

    private AssetOrProbe() {}

    /** Whether the request's path, without the context path, is under one of the prefixes. */
    static boolean is(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
