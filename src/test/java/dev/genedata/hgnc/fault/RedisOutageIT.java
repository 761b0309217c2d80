package dev.genedata.hgnc.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.genedata.hgnc.fault.ServiceProcess.Answer;
import dev.genedata.hgnc.support.SampleData;

/**
 * Redis stops while the API and a worker run: the API answers what needs Redis with 503 JSON at once (no
 * 500, no hang), what its read view holds (lookups, id lists) as before, and both report not ready; Redis starts again on the same files: both recover without a restart, the loaded data
 * is all there (the append-only file is fsynced on every write) and every job accepted before the stop
 * finishes, the one running at the stop included.
 */
class RedisOutageIT {

    /** A lease longer than the outage, as in production (30 s): the worker's lease survives the outage. */
    private static final Duration LEASE = Duration.ofSeconds(10);
    /** The longest an answer may take while Redis is down. */
    private static final Duration PROMPT = Duration.ofSeconds(6);
    /** How long Redis stays down once the worker has noticed: longer than the worker's first backoffs. */
    private static final Duration OUTAGE = Duration.ofSeconds(3);
    /**
     * How late each Redis command of the worker arrives ({@link LatencyRelay}): a job takes about 2 s, so the first
     * is still running when Redis stops, and the five after the restart fit well in {@link #RECOVERY}.
     */
    private static final Duration LATENCY = Duration.ofMillis(200);
    /** How long the services may take to notice that Redis is back and serve again. */
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    @RegisterExtension
    final FaultCluster cluster = new FaultCluster(Map.of(
            "HGNC_WORKER_LEASE", LEASE.toSeconds() + "s",
            "HGNC_WORKER_REAP_EVERY", "1s",
            "HGNC_WORKER_MAX_BACKOFF", "1s",
            "WORKER_CONCURRENCY", "1"));

    @Test
    void apiAndWorkerAnswer503WhileRedisIsDownAndRecoverWithEverything(@TempDir Path dir) {
        RedisProcess redis = cluster.redis(dir);
        ServiceProcess api = cluster.api("api");
        ServiceProcess worker = cluster.slowWorker("worker", LATENCY);
        FaultCluster.awaitReady(api, worker);
        ApiCalls calls = new ApiCalls(api);
        assertThat(calls.load(SampleData.bytes(SampleData.JSON))).isEqualTo(503);
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            accepted.add(calls.submit(ApiCalls.COUNTS_BY_LOCUS_GROUP));
        }
        assertThat(calls.awaitStatus(accepted.get(0), Set.of("running"), Duration.ofSeconds(20))
                .path("status").asText()).isEqualTo("running");

        ServiceProcess.awaitUntil(() -> api.get("/search?limit=0").json().path("total").asInt() == 503,
                Duration.ofSeconds(30), "the API's read view serves the loaded set");

        redis.stop();
        Answer lookup = api.get("/genes/HGNC:5", PROMPT);
        assertThat(lookup.status()).as("GET /genes/HGNC:5 is answered from the read view: %s", lookup).isEqualTo(200);
        assertThat(lookup.json().path("symbol").asText()).isEqualTo("A1BG");
        Answer page = api.get("/genes?limit=2&locus_group=protein-coding%20gene", PROMPT);
        assertThat(page.status()).as("GET /genes is answered from the read view: %s", page).isEqualTo(200);
        assertThat(page.json().valueStream().map(JsonNode::asText).toList()).isEqualTo(
                SampleData.ids(r -> SampleData.textIs(r, "locus_group", "protein-coding gene")).subList(0, 2));
        assertUnavailable(api.get("/info", PROMPT), "GET /info");
        assertUnavailable(api.post("/jobs", "application/json",
                ApiCalls.COUNTS_BY_LOCUS_GROUP.getBytes(StandardCharsets.UTF_8), PROMPT), "POST /jobs");
        assertNotReady(api);
        assertNotReady(worker);
        worker.awaitInLog("Redis is unavailable", Duration.ofSeconds(10));
        // The outage's length is part of the scenario (the worker's backoff grows meanwhile), not a wait.
        ServiceProcess.sleep(OUTAGE.toMillis());

        redis.start();
        awaitReadyAgain(api);
        awaitReadyAgain(worker);
        Answer info = api.get("/info");
        assertThat(info.status()).as("GET /info after the restart: %s", info).isEqualTo(200);
        assertThat(info.json().path("records").asInt()).isEqualTo(503);
        assertThat(ApiCalls.countsOf(info.json().path("counts").path("locus_group")))
                .isEqualTo(ApiCalls.locusGroups(SampleData.records()));
        Answer gene = api.get("/genes/HGNC:5");
        assertThat(gene.status()).as("GET /genes/HGNC:5 after the restart: %s", gene).isEqualTo(200);
        assertThat(gene.json().path("symbol").asText()).isEqualTo("A1BG");

        accepted.add(calls.submit(ApiCalls.COUNTS_BY_LOCUS_GROUP));
        List<JsonNode> ended = calls.awaitAllEnded(accepted, RECOVERY);
        assertThat(ended.get(0).path("attempts").asInt()).as("the job the outage interrupted ran again: %s", ended.get(0))
                .isEqualTo(2);
        for (JsonNode job : ended) {
            String id = job.path("id").asText();
            assertThat(job.path("status").asText()).as("%s", job).isEqualTo("finished");
            assertThat(calls.result(id).path("matched").asInt()).isEqualTo(503);
            assertThat(ApiCalls.resultKeys(redis, id)).isEqualTo(ApiCalls.oneResult(id));
        }
        assertThat(calls.jobs("")).as("every job; the POST /jobs that got 503 created none").hasSize(5);
    }

    private static void assertUnavailable(Answer answer, String call) {
        assertThat(answer.status()).as("%s with Redis down: %s", call, answer).isEqualTo(503);
        assertThat(answer.tookMs()).as("%s took", call).isLessThan(PROMPT.toMillis());
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        JsonNode error = answer.json();
        assertThat(error.path("status").asInt()).isEqualTo(503);
        assertThat(error.path("error").asText()).contains("Redis");
    }

    private static void assertNotReady(ServiceProcess service) {
        Answer ready = service.get("/q/health/ready", PROMPT);
        assertThat(ready.status()).as("%s readiness with Redis down: %s", service, ready).isEqualTo(503);
        assertThat(ready.json().path("status").asText()).isEqualTo("DOWN");
        Answer live = service.get("/q/health/live", PROMPT);
        assertThat(live.status()).as("%s liveness with Redis down: %s", service, live).isEqualTo(200);
    }

    private static void awaitReadyAgain(ServiceProcess service) {
        service.awaitReady(RECOVERY);
        assertThat(service.get("/q/health/ready").json().path("status").asText()).isEqualTo("UP");
    }
}
