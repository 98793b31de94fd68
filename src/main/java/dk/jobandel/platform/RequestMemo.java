package dk.jobandel.platform;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers a read for the rest of one page request, so that the panels of a dashboard that each need the same fact
 * (the member's organisation, the freelancer's profile) read it once. Only while reading (a GET): a request that
 * changes things, and work outside a request, always read afresh. Remember only immutable values, or values the
 * callers only read.
 */
public final class RequestMemo {

    private RequestMemo() {}

    public static <T> T get(String key, Supplier<T> read) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (!(request instanceof ServletRequestAttributes servlet)
                || !"GET".equals(servlet.getRequest().getMethod())) {
            return read.get();
        }
        String name = RequestMemo.class.getName() + "." + key;
        @SuppressWarnings("unchecked")
        T known = (T) request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = read.get();
            request.setAttribute(name, known, RequestAttributes.SCOPE_REQUEST);
        }
        return known;
    }
}
