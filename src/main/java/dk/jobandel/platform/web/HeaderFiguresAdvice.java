package dk.jobandel.platform.web;

import dk.jobandel.platform.HeaderFigure;
import dk.jobandel.platform.SignedInMember;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * Puts the header's figures into every controller's model: lazily, so a response that renders no header runs no
 * query, and together, so a page that does pays one statement for all of them however many modules add one. The
 * signed-in member comes from the session's security context, with no query of its own. Pages rendered without a
 * controller (error pages) have no figures, and the layout then shows none.
 */
@ControllerAdvice
class HeaderFiguresAdvice {

    private final JdbcClient jdbc;
    private final List<HeaderFigure> figures;

    HeaderFiguresAdvice(JdbcClient jdbc, List<HeaderFigure> figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    @ModelAttribute
    void headerFigures(@AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
        if (me == null) {
            return;
        }
        Map<String, HeaderFigure.Count> counts = new LinkedHashMap<>();
        for (HeaderFigure figure : figures) {
            figure.countFor(me).ifPresent(count -> counts.put(figure.name(), count));
        }
        if (counts.isEmpty()) {
            return;
        }
        var all = new Loaded(jdbc, counts);
        for (String name : counts.keySet()) {
            model.addAttribute(name, new LazyContextVariable<Long>() {
                @Override
                protected Long loadValue() {
                    return all.get(name);
                }
            });
        }
    }

    /** The figures of one request, read in one statement the first time the page asks for any of them. */
    private static final class Loaded {
        private final JdbcClient jdbc;
        private final Map<String, HeaderFigure.Count> counts;
        private @Nullable Map<String, Long> values;

        Loaded(JdbcClient jdbc, Map<String, HeaderFigure.Count> counts) {
            this.jdbc = jdbc;
            this.counts = counts;
        }

        long get(String name) {
            if (values == null) {
                List<String> names = new ArrayList<>(counts.keySet());
                String sql = "select "
                        + names.stream()
                                .map(n -> "(" + counts.get(n).sql() + ")")
                                .collect(Collectors.joining(", "));
                Map<String, Object> params = new LinkedHashMap<>();
                counts.values().forEach(count -> params.putAll(count.params()));
                values = jdbc.sql(sql)
                        .params(params)
                        .query((rs, row) -> {
                            Map<String, Long> read = new LinkedHashMap<>();
                            for (int i = 0; i < names.size(); i++) {
                                read.put(names.get(i), rs.getLong(i + 1));
                            }
                            return read;
                        })
                        .single();
            }
            return values.getOrDefault(name, 0L);
        }
    }
}
