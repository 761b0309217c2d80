package dev.genedata.hgnc.role;

import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.config.HgncConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Closes a worker's HTTP port to everything but health and metrics: with {@code HGNC_ROLE=worker} a request
 * reaches Quarkus only when it is a GET or HEAD of {@code /q/metrics}, {@code /q/health} or one of the health
 * checks under it ({@code live}, {@code ready}, {@code started}, {@code wellness}, {@code group[/name]});
 * everything else is answered 404 with the JSON error body before any REST resource, the OpenAPI document or
 * Swagger UI sees it. So nothing of the data or the jobs can be read or changed through a worker, whose port
 * Kubernetes fronts with the Service {@code hgnc-worker}. In the roles {@code api} and {@code both} nothing
 * is installed.
 *
 * <p>Why a Vert.x route and not fewer resources: the one image serves every role and the role is read at
 * start, while Quarkus fixes the set of JAX-RS resources at build time ({@code @IfBuildProperty} and Quarkus
 * REST's {@code @EndpointDisabled} are build-time switches). A route ordered ahead of every other one is the
 * runtime switch, and it covers the non-application routes too. It admits exact paths, not a prefix, so no
 * request under {@code /q/health} that the health routes leave alone falls through to the REST layer; and it
 * reads the path as Vert.x normalises it, the path every route is matched on, so {@code /q/health/../../data}
 * is refused as {@code /data}.
 */
@ApplicationScoped
public class WorkerRouteGuard {

    private static final Logger LOG = Logger.getLogger(WorkerRouteGuard.class);
    /** {@code /q/metrics}, and the paths smallrye-health serves. */
    private static final Pattern SERVED = Pattern.compile(
            "/q/metrics|/q/health(/live|/ready|/started|/wellness|/group(/[A-Za-z0-9_.-]+)?)?");
    private static final String REFUSAL = Json.encode(new ApiError("this process is a worker (HGNC_ROLE=worker): it "
            + "serves only /q/health and /q/metrics; send API requests to a process of role api", 404));

    /**
     * In the worker role, installs the check as the router's first route. The observer's priority puts it
     * ahead of the other routes of the same order (such as {@code BodyTooLarge}'s), so a worker answers 404
     * to a large upload as well.
     */
    void install(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Router router, HgncConfig config) {
        if (!config.role().servesApi()) {
            router.route().order(Integer.MIN_VALUE).handler(WorkerRouteGuard::admitHealthAndMetrics);
            LOG.info("Worker role: the HTTP port serves only /q/health and /q/metrics, every other request answers 404");
        }
    }

    /** Whether a worker serves this request: a GET or HEAD of health or metrics, by normalised path. */
    private static boolean serves(HttpMethod method, String path) {
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && SERVED.matcher(path).matches();
    }

    private static void admitHealthAndMetrics(RoutingContext context) {
        if (serves(context.request().method(), context.normalizedPath())) {
            context.next();
            return;
        }
        context.response()
                .setStatusCode(404)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(REFUSAL);
    }
}
