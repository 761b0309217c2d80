package dev.genedata.hgnc.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.genedata.hgnc.fault.ServiceProcess.Answer;
import dev.genedata.hgnc.support.RestRoutes;
import dev.genedata.hgnc.support.SampleData;
import dev.genedata.hgnc.support.WorkerPort;
import dev.genedata.hgnc.support.WorkerPort.Request;

/**
 * A worker process run as the generated worker manifest runs it ({@code HGNC_ROLE=worker}, no
 * {@code ADMIN_TOKEN}) beside an API on one Redis, the sample loaded and one job finished: through the
 * worker's port every route of every REST resource with every method, the documentation pages, the root and
 * unknown or {@code ../} paths answer the worker's 404 JSON, while health and metrics answer 200; afterwards
 * the API still serves the whole sample, the job and its result are unchanged and no other job exists.
 */
class WorkerRoleIT {

    @RegisterExtension
    final FaultCluster cluster = new FaultCluster(Map.of(
            // A POST /data without a body that got through would download from here, never from the internet.
            "HGNC_SOURCE_URL", "file:///nonexistent/no-such-hgnc-source.json"));

    @Test
    void aWorkerServesOnlyHealthAndMetrics(@TempDir Path dir) {
        RedisProcess redis = cluster.redis(dir);
        ServiceProcess api = cluster.api("api");
        ServiceProcess worker = cluster.worker("worker");
        FaultCluster.awaitReady(api, worker);
        ApiCalls calls = new ApiCalls(api);
        assertThat(calls.load(SampleData.bytes(SampleData.JSON))).isEqualTo(503);
        String id = calls.submit(ApiCalls.COUNTS_BY_LOCUS_GROUP);
        JsonNode job = calls.awaitStatus(id, ApiCalls.ENDED, Duration.ofSeconds(30));
        assertThat(job.path("status").asText()).as("%s", job).isEqualTo("finished");
        JsonNode result = calls.result(id);
        String gene = api.get("/genes/HGNC:5").body();
        assertThat(declaredRoutes()).as("routes read from the resources").isEqualTo(documentedRoutes(api));

        List<Request> requests = WorkerPort.refused(Map.of("hgnc_id", "HGNC:5", "symbol", "A1BG", "id", id));
        List<String> wrong = new ArrayList<>();
        for (Request request : requests) {
            // A POST, PUT or PATCH carries a job request: the API would accept it at /jobs.
            Answer answer = worker.request(request.method(), request.path(), "application/json",
                    request.hasBody() ? ApiCalls.COUNTS_BY_LOCUS_GROUP.getBytes(StandardCharsets.UTF_8) : null);
            if (!WorkerPort.isRefusal(request, answer.status(), answer.header("Content-Type"), answer.body())) {
                wrong.add(request + " → " + answer);
            }
        }
        assertThat(wrong).as("answers of the worker other than its 404").isEmpty();
        assertThat(requests).extracting(Request::toString).contains("GET /data", "DELETE /data", "POST /jobs",
                "GET /genes/HGNC:5", "GET /jobs/" + id, "DELETE /jobs/" + id, "GET /results/" + id + "/chart", "GET /help");

        for (String path : WorkerPort.SERVED) {
            Answer served = worker.get(path);
            assertThat(served.status()).as("GET %s: %s", path, served).isEqualTo(200);
        }
        assertThat(worker.get("/q/health/ready").json().path("status").asText()).isEqualTo("UP");
        assertThat(worker.get("/q/metrics").body()).as("the worker's own metrics").contains("hgnc_jobs_finished_total");

        assertThat(api.get("/info").json().path("records").asInt()).isEqualTo(503);
        assertThat(api.get("/genes/HGNC:5").body()).isEqualTo(gene).contains("\"symbol\":\"A1BG\"");
        assertThat(calls.jobs("")).extracting(j -> j.path("id").asText()).containsExactly(id);
        assertThat(calls.job(id)).isEqualTo(job);
        assertThat(calls.result(id)).isEqualTo(result);
        assertThat(ApiCalls.queueState(redis)).as("the job queue").doesNotContainKey("queue:pending");
    }

    /** The routes of the resources, "METHOD path". */
    private static TreeSet<String> declaredRoutes() {
        TreeSet<String> routes = new TreeSet<>();
        RestRoutes.declared().forEach(route -> routes.add(route.method() + " " + route.path()));
        return routes;
    }

    /** The operations of the API's OpenAPI document, "METHOD path": what the derivation must find too. */
    private static TreeSet<String> documentedRoutes(ServiceProcess api) {
        Answer openapi = api.get("/q/openapi?format=json");
        assertThat(openapi.status()).as("GET /q/openapi: %s", openapi).isEqualTo(200);
        TreeSet<String> routes = new TreeSet<>();
        openapi.json().path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> routes.add(method.toUpperCase() + " " + path.getKey())));
        return routes;
    }
}
