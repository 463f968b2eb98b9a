package dev.designassistant.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;

/**
 * {@code GET /q/metrics} with content negotiation: the Prometheus text format (0.0.4) by default, for
 * {@code text/plain} and for {@code Accept: *}{@code /*} (what {@code curl | promtool check metrics} reads), and
 * OpenMetrics 1.0.0 when the client prefers {@code application/openmetrics-text} (as Prometheus' scraper does); a
 * 406 problem naming both for anything else. Answered here instead of by Quarkus' own handler, which answered
 * {@code *}{@code /*} with OpenMetrics and an explicit OpenMetrics Accept with 406.
 */
@ApplicationScoped
public class MetricsEndpoint {

    static final String PATH = "/q/metrics";
    static final String OPENMETRICS = "application/openmetrics-text";
    static final String TEXT = "text/plain";

    private final PrometheusMeterRegistry registry;
    private final String notAcceptable;

    public MetricsEndpoint(PrometheusMeterRegistry registry, ObjectMapper json) throws JsonProcessingException {
        this.registry = registry;
        this.notAcceptable = json.writeValueAsString(Problem.of("http-406", "Not Acceptable", 406,
                "metrics come as text/plain (Prometheus text format 0.0.4) or application/openmetrics-text (1.0.0)"));
    }

    void install(@Observes Router router) {
        router.get(PATH).order(-100).blockingHandler(ctx -> {
            String format = format(ctx.request().getHeader("Accept"));
            if (format == null) {
                ctx.response().setStatusCode(406).putHeader("Content-Type", Problem.MEDIA_TYPE).end(notAcceptable);
                return;
            }
            ctx.response().putHeader("Content-Type", format).end(registry.scrape(format));
        });
    }

    /** The scrape format for the Accept header: the acceptable one the client weighs higher, text on a tie. */
    static String format(String accept) {
        if (accept == null || accept.isBlank()) {
            return TextFormat.CONTENT_TYPE_004;
        }
        double openMetrics = quality(accept, OPENMETRICS);
        double text = quality(accept, TEXT);
        if (openMetrics <= 0 && text <= 0) {
            return null;
        }
        return openMetrics > text ? TextFormat.CONTENT_TYPE_OPENMETRICS_100 : TextFormat.CONTENT_TYPE_004;
    }

    /** The weight the Accept header gives the media type: its own range, else type/*, else *{@literal /}*, else 0. */
    private static double quality(String accept, String type) {
        double exact = -1;
        double group = -1;
        double any = -1;
        String wildcard = type.substring(0, type.indexOf('/')) + "/*";
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (name.equals(type)) {
                exact = Math.max(exact, q);
            } else if (name.equals(wildcard)) {
                group = Math.max(group, q);
            } else if (name.equals("*/*")) {
                any = Math.max(any, q);
            }
        }
        return exact >= 0 ? exact : group >= 0 ? group : Math.max(any, 0);
    }
}
