package dev.genedata.hgnc.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a worker's HTTP port must answer, for the route test ({@code WorkerRoleTest}) and the process test
 * ({@code WorkerRoleIT}) alike: GET and HEAD of health and metrics, and the worker's 404 JSON to every other
 * request, every route of every REST resource with every method included.
 */
public final class WorkerPort {

    /** The error message of the worker's 404. */
    public static final String REFUSAL = "this process is a worker (HGNC_ROLE=worker): it serves only /q/health and "
            + "/q/metrics; send API requests to a process of role api";

    /** What a worker serves, to GET and HEAD only. */
    public static final List<String> SERVED = List.of("/q/health", "/q/health/live", "/q/health/ready",
            "/q/health/started", "/q/metrics");

    /**
     * Paths outside the REST resources that a worker refuses too: the root, the documentation, near misses of
     * what it serves, unknown paths, and ways around a check of the raw path.
     */
    public static final List<String> OTHER_PATHS = List.of("/", "/q/openapi", "/q/openapi?format=json",
            "/q/swagger-ui", "/q/swagger-ui/", "/q/swagger-ui/index.html", "/q/dev-ui", "/q", "/q/healthz",
            "/q/health/x", "/q/metrics/x", "/no-such-route", "/genes/HGNC:5/x", "/q/health/../../data",
            "/q/health/%2e%2e/%2e%2e/data", "/q/health/..%2F..%2Fdata", "/q/metrics/../jobs", "//data", "/data/",
            "/DATA");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WorkerPort() {
    }

    /**
     * One request.
     *
     * @param method the HTTP method
     * @param path the path, with its query if any
     */
    public record Request(String method, String path) {

        /** Whether it is a POST, PUT or PATCH, which the tests send with a body. */
        public boolean hasBody() {
            return List.of("POST", "PUT", "PATCH").contains(method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * Every request a worker must refuse: every path of the REST resources ({@code values} fill their
     * parameters) and of {@link #OTHER_PATHS} with each of {@link RestRoutes#METHODS}, and what it serves with
     * the methods other than GET and HEAD.
     */
    public static List<Request> refused(Map<String, String> values) {
        List<Request> requests = new ArrayList<>();
        Stream.concat(RestRoutes.paths(values).stream(), OTHER_PATHS.stream()).forEach(path ->
                RestRoutes.METHODS.forEach(method -> requests.add(new Request(method, path))));
        SERVED.forEach(path -> RestRoutes.METHODS.stream().filter(method -> !List.of("GET", "HEAD").contains(method))
                .forEach(method -> requests.add(new Request(method, path))));
        return requests;
    }

    /** Whether an answer is the worker's 404: its status and, but to a HEAD, its JSON body. */
    public static boolean isRefusal(Request request, int status, String contentType, String body) {
        if (status != 404) {
            return false;
        }
        if (request.method().equals("HEAD")) {
            return true;
        }
        if (contentType == null || !contentType.startsWith("application/json")) {
            return false;
        }
        try {
            return MAPPER.readTree(body).equals(MAPPER.createObjectNode().put("error", REFUSAL).put("status", 404));
        } catch (IOException e) {
            return false;
        }
    }
}
