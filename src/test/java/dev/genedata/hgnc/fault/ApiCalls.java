package dev.genedata.hgnc.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.fault.ServiceProcess.Answer;

/**
 * The API routes the fault suite uses, as a client calls them: load a data set, submit a job, poll it until
 * it reaches a status, read its result and its keys in Redis. Every wait is bounded and fails with what it
 * saw last.
 */
final class ApiCalls {

    /** The statuses a job ends in. */
    static final Set<String> ENDED = Set.of("finished", "failed", "cancelled");

    /** The job the suite submits: genes per locus group, which {@code matched} and {@code counts} make checkable. */
    static final String COUNTS_BY_LOCUS_GROUP = "{\"analysis\":\"counts\",\"group_by\":\"locus_group\"}";

    /** HGNC's full set beside the project, as the official JSON, gzip'd; the tests that need it skip without it. */
    static final Path FULL_SET_JSON = Path.of("..", "shared", "data", "hgnc_complete_set.json.gz");

    /** The same set as the official TSV, gzip'd. */
    static final Path FULL_SET_TSV = Path.of("..", "shared", "data", "hgnc_complete_set.txt.gz");

    /** How long a load of the full set may take on a busy machine. */
    static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    private static final Duration POLL = Duration.ofMillis(50);

    private final ServiceProcess api;

    ApiCalls(ServiceProcess api) {
        this.api = api;
    }

    /**
     * Loads a data set with {@code POST /data}.
     *
     * @return how many records it loaded
     */
    int load(byte[] json) {
        return load(json, "application/json");
    }

    /**
     * Loads a data set of {@code contentType} (gzip'd or not) with {@code POST /data}.
     *
     * @return how many records it loaded
     */
    int load(byte[] body, String contentType) {
        Answer answer = api.post("/data", contentType, body, LOAD_TIMEOUT);
        assertThat(answer.status()).as("POST /data: %s", answer).isEqualTo(201);
        return answer.json().path("loaded").asInt();
    }

    /**
     * Submits a job.
     *
     * @return its id
     */
    String submit(String body) {
        Answer answer = api.post("/jobs", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as("POST /jobs %s: %s", body, answer).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    /** {@code GET /jobs/{id}}, which must answer 200. */
    JsonNode job(String id) {
        Answer answer = api.get("/jobs/" + id);
        assertThat(answer.status()).as("GET /jobs/%s: %s", id, answer).isEqualTo(200);
        return answer.json();
    }

    /** {@code GET /jobs?status=...}: up to 100 jobs with that status (empty: any), newest first. */
    List<JsonNode> jobs(String status) {
        Answer answer = api.get("/jobs?limit=100&status=" + status);
        assertThat(answer.status()).as("GET /jobs?status=%s: %s", status, answer).isEqualTo(200);
        List<JsonNode> jobs = new ArrayList<>();
        answer.json().forEach(jobs::add);
        return jobs;
    }

    /**
     * Polls the job until its status is one of {@code statuses}.
     *
     * @return the job's JSON then
     * @throws org.awaitility.core.ConditionTimeoutException when it is not within {@code within}, with the job's
     *         last JSON in its message
     */
    JsonNode awaitStatus(String id, Set<String> statuses, Duration within) {
        return await("job " + id + " reaches " + statuses).atMost(within).pollDelay(Duration.ZERO).pollInterval(POLL)
                .until(() -> job(id), job -> statuses.contains(job.path("status").asText()));
    }

    /**
     * Polls until every job has ended, within {@code within} for all of them together.
     *
     * @return their JSON, in the order of {@code ids}
     * @throws org.awaitility.core.ConditionTimeoutException when one has not, with the JSON of the first such job
     *         in its message
     */
    List<JsonNode> awaitAllEnded(List<String> ids, Duration within) {
        Map<String, JsonNode> ended = new HashMap<>();
        await("all " + ids.size() + " jobs end").atMost(within).pollDelay(Duration.ZERO).pollInterval(POLL)
                .until(() -> firstNotEnded(ids, ended), Optional::isEmpty);
        return ids.stream().map(ended::get).toList();
    }

    /**
     * Polls the jobs in order, from the first not known to have ended, adding each that has to {@code ended}.
     *
     * @return the JSON of the first that has not ended, or empty when all have
     */
    private Optional<JsonNode> firstNotEnded(List<String> ids, Map<String, JsonNode> ended) {
        for (String id : ids) {
            if (!ended.containsKey(id)) {
                JsonNode job = job(id);
                if (!ENDED.contains(job.path("status").asText())) {
                    return Optional.of(job);
                }
                ended.put(id, job);
            }
        }
        return Optional.empty();
    }

    /** {@code GET /results/{id}}, which must answer 200. */
    JsonNode result(String id) {
        Answer answer = api.get("/results/" + id);
        assertThat(answer.status()).as("GET /results/%s: %s", id, answer).isEqualTo(200);
        return answer.json();
    }

    /** The keys in Redis db 3 (results) that name the job: a job with one result has its JSON and its chart. */
    static Set<String> resultKeys(RedisProcess redis, String id) {
        List<?> keys = (List<?>) redis.call(3, "KEYS", "*" + id + "*");
        return Set.copyOf(keys.stream().map(String::valueOf).toList());
    }

    /** The two keys one stored result has (see {@code ResultStore}). */
    static Set<String> oneResult(String id) {
        return Set.of("result:" + id, "result:" + id + ":chart");
    }

    /** The id of the worker that took the job last (field {@code worker} of its hash in db 2, see {@code JobStore}). */
    static String workerOf(RedisProcess redis, String id) {
        return String.valueOf(redis.call(2, "HGET", "job:" + id, "worker"));
    }

    /** Whether the worker holds a live lease ({@code queue:lease:{worker}} in db 1, see {@code JobQueue}). */
    static boolean hasLease(RedisProcess redis, String workerId) {
        return (Long) redis.call(1, "EXISTS", "queue:lease:" + workerId) == 1;
    }

    /**
     * Every key of the job queue (Redis db 1, see {@code JobQueue}) with its contents, sorted by name: where the
     * jobs are when one did not end, for the failure message.
     */
    static Map<String, Object> queueState(RedisProcess redis) {
        Map<String, Object> state = new TreeMap<>();
        for (Object key : (List<?>) redis.call(1, "KEYS", "queue:*")) {
            String name = String.valueOf(key);
            String type = String.valueOf(redis.call(1, "TYPE", name));
            state.put(name, switch (type) {
                case "list" -> redis.call(1, "LRANGE", name, "0", "-1");
                case "set" -> redis.call(1, "SMEMBERS", name);
                default -> type + ", ttl " + redis.call(1, "PTTL", name) + " ms";
            });
        }
        return state;
    }

    /** The load lock's key in db 0 (see {@code GeneKeys}). */
    static final String LOAD_LOCK = "hgnc:load-lock";

    /** The data versions that have keys in Redis db 0 ({@code hgnc:v{N}:...}, see {@code GeneKeys}), by SCAN. */
    static Set<Long> versionsInRedis(RedisProcess redis) {
        Set<Long> versions = new TreeSet<>();
        redis.scan(0, "hgnc:v[0-9]*:*").forEach(key -> versions.add(Long.parseLong(key.split(":")[1].substring(1))));
        return versions;
    }

    /** The keys of one data version in Redis db 0, by SCAN. */
    static List<String> keysOf(RedisProcess redis, long version) {
        return redis.scan(0, "hgnc:v" + version + ":*");
    }

    /** The time to live of a key of db 0 in ms: -1 without one, -2 when it does not exist. */
    static long ttlMillis(RedisProcess redis, String key) {
        return (Long) redis.call(0, "PTTL", key);
    }

    /** Genes per locus group in these records, as {@code counts} by {@code locus_group} must answer for them. */
    static Map<String, Integer> locusGroups(List<ObjectNode> records) {
        Map<String, Integer> counts = new TreeMap<>();
        records.forEach(r -> counts.merge(r.path("locus_group").asText("(none)"), 1, Integer::sum));
        return counts;
    }

    /** The {@code counts} object of a result or of {@code GET /info}, as a map. */
    static Map<String, Integer> countsOf(JsonNode counts) {
        Map<String, Integer> map = new TreeMap<>();
        counts.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asInt()));
        return map;
    }

    /** Whether a worker id names this process (a worker's id is {@code host-pid-suffix}). */
    static boolean isWorker(String workerId, ServiceProcess process) {
        return workerId.contains("-" + process.pid() + "-");
    }
}
