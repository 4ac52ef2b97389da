package fi.keinokartta.http;

import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * Request latency by route ({@code http_server_requests_seconds}) with a bounded number of routes. Quarkus
 * names a request by its route template ({@code /api/v1/measures/{id}}), but a request that no route
 * matched (refused before routing, an unknown address, a failed sign-in under /api/v1/editor) would be
 * named by its raw address, and a fuzzer or a scanner sends thousands of those: each would become a time
 * series. So {@link RequestGuard} names every request {@link #UNMATCHED} first, and a matched route
 * replaces that with its template; an answer with no template and an error status is also named
 * {@code OTHER} here, as a second guard.
 */
public class RouteMetrics {

    private static final double[] LATENCY_BUCKETS = java.util.stream.DoubleStream
            .of(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
            .map(seconds -> seconds * 1e9).toArray();
    static final String HTTP_SERVER_REQUESTS = "http.server.requests";
    /** The route name of a request no route matched. */
    public static final String UNMATCHED = "OTHER";
    private static final Set<String> KNOWN = Set.of("root", "NOT_FOUND", "REDIRECTION", "UNKNOWN", UNMATCHED);
    private static final java.util.regex.Pattern TEMPLATE_PATTERN = java.util.regex.Pattern.compile("\\{(\\w+)\\s*:[^}]*}");
    private static final int MAX_PLAIN_ROUTES = 100;
    /** Plain addresses (no parameters) that answered 2xx: the routes without parameters. */
    private static final Set<String> SUCCEEDED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Segments of plain address characters or {name} / {name: pattern} templates, and nothing else. */
    private static final java.util.regex.Pattern ROUTE_SHAPE = java.util.regex.Pattern
            .compile("(/([A-Za-z0-9._~-]+|\\{\\w+(\\s*:[^{}]*)?}))*/?");
    /** The key under which Quarkus keeps a request's route template for its metrics and traces. */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    @Produces
    @Singleton
    MeterFilter boundedRoutes() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                return HTTP_SERVER_REQUESTS.equals(id.getName()) ? bounded(id) : id;
            }

            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_SERVER_REQUESTS.equals(id.getName()) && !id.getName().startsWith("keinokartta.engine.")) {
                    return config;
                }
                // A dozen fixed buckets (not a full histogram): percentiles over instances at a bounded cost.
                return DistributionStatisticConfig.builder().serviceLevelObjectives(LATENCY_BUCKETS).build().merge(config);
            }
        };
    }

    static Meter.Id bounded(Meter.Id id) {
        String uri = id.getTag("uri");
        String status = id.getTag("status");
        if (uri == null || KNOWN.contains(uri)) {
            return id;
        }
        if (("/" + UNMATCHED).equals(uri) || !ROUTE_SHAPE.matcher(uri).matches()) {
            // Not the shape of a route of this site (a raw address that reached the metrics some other way).
            return other(id);
        }
        boolean success = status != null && status.startsWith("2");
        if (!uri.contains("{")) {
            // A plain address: a route without parameters, or a raw address some layer refused (405, 406, ...).
            // Only those that have answered successfully are routes; there are few, and strangers cannot add any.
            if (success) {
                if (SUCCEEDED.size() < MAX_PLAIN_ROUTES) {
                    SUCCEEDED.add(uri);
                }
            } else if (!SUCCEEDED.contains(uri)) {
                return other(id);
            }
            return id;
        }
        // "/{lang: fi|sv|en}" → "/{lang}": the template's pattern is noise in a label.
        String plain = TEMPLATE_PATTERN.matcher(uri).replaceAll("{$1}");
        return plain.equals(uri) ? id : id.withTag(Tag.of("uri", plain));
    }

    private static Meter.Id other(Meter.Id id) {
        return id.withTag(Tag.of("uri", UNMATCHED));
    }

    /**
     * Names the current request's route more precisely than its template (the public pages share the
     * template {@code /{lang}/{word}}): {@code name} must come from a fixed set, never from the address.
     */
    public static void name(RoutingContext rc, String route) {
        if (rc != null && rc.request() instanceof HttpServerRequestInternal request && request.context() != null) {
            request.context().putLocal(URL_PATH_TEMPLATE, route);
        }
    }
}
