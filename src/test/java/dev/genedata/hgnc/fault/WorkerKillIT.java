package dev.genedata.hgnc.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.genedata.hgnc.support.SampleData;

/**
 * Workers killed with SIGKILL in the middle of jobs, as a crashed pod dies, or frozen with SIGSTOP past their
 * lease: every job still finishes exactly once, by another worker, soon after the lease expires, with exactly
 * one result; a frozen worker that wakes stops its run at its next step. The workers reach Redis through a
 * {@link LatencyRelay}, so that their jobs take seconds and the kills and freezes land in the middle of one.
 */
class WorkerKillIT {

    private static final Duration LEASE = Duration.ofSeconds(3);
    private static final Duration REAP_EVERY = Duration.ofSeconds(1);
    /**
     * Scheduling slack on a busy two-core machine (three JVMs and Redis), on top of lease, reap interval and the
     * job's own time: a CI machine has been measured at 1.6 times this one's time for the whole build.
     */
    private static final Duration MARGIN = Duration.ofSeconds(15);
    /**
     * How late each Redis command of a worker arrives ({@link LatencyRelay}): a job, about ten sequential round
     * trips, takes about 4 s, and its finish leaves the worker some 3 s after its claim, time enough to kill or
     * freeze the worker in the middle of it. Well under the poll interval (1 s), so leases are renewed on time.
     */
    private static final Duration LATENCY = Duration.ofMillis(400);
    /**
     * The round trips after a worker's death until another has its job running again: a renewal the dead worker
     * sent last still landing, then the reaper's four (orphans, job, reap, queued) and the claim.
     */
    private static final int TAKE_OVER_ROUND_TRIPS = 6;
    /** The round trips of one job from its claim to its finish: job, data version, columns, 3 progress steps, result, finish. */
    private static final int JOB_ROUND_TRIPS = 8;
    /** Pace of the random-kill test: jobs of about 1 s, so that many run when each kill comes. */
    private static final Duration PACED_LATENCY = Duration.ofMillis(100);

    @RegisterExtension
    final FaultCluster cluster = new FaultCluster(Map.of(
            "HGNC_WORKER_LEASE", LEASE.toSeconds() + "s",
            "HGNC_WORKER_REAP_EVERY", REAP_EVERY.toSeconds() + "s",
            "HGNC_WORKER_MAX_ATTEMPTS", "10",
            "WORKER_CONCURRENCY", "2"));

    @Test
    void aJobWhoseWorkerIsKilledFinishesOnceOnTheOther(@TempDir Path dir) {
        RedisProcess redis = cluster.redis(dir);
        ServiceProcess api = cluster.api("api");
        List<ServiceProcess> workers = List.of(cluster.slowWorker("worker-1", LATENCY),
                cluster.slowWorker("worker-2", LATENCY));
        FaultCluster.awaitReady(api, workers.get(0), workers.get(1));
        ApiCalls calls = new ApiCalls(api);
        assertThat(calls.load(SampleData.bytes(SampleData.JSON))).isEqualTo(503);

        String id = calls.submit(ApiCalls.COUNTS_BY_LOCUS_GROUP);
        JsonNode running = calls.awaitStatus(id, Set.of("running", "finished"), Duration.ofSeconds(20));
        assertThat(running.path("status").asText()).as("the job ran too fast to be killed mid-way").isEqualTo("running");
        String holder = ApiCalls.workerOf(redis, id);
        ServiceProcess victim = workers.stream().filter(w -> ApiCalls.isWorker(holder, w)).findFirst()
                .orElseThrow(() -> new AssertionError("job " + id + " runs on " + holder + ", none of " + workers));
        ServiceProcess survivor = workers.get(victim == workers.get(0) ? 1 : 0);

        long killedAt = System.nanoTime();
        victim.kill();
        // The survivor takes the job over and runs it, each of its round trips one latency late.
        Duration bound = LEASE.plus(REAP_EVERY).plus(LATENCY.multipliedBy(TAKE_OVER_ROUND_TRIPS + JOB_ROUND_TRIPS))
                .plus(MARGIN);
        JsonNode job = calls.awaitStatus(id, ApiCalls.ENDED, bound);
        Duration took = Duration.ofNanos(System.nanoTime() - killedAt);

        assertThat(job.path("status").asText()).as("%s", job).isEqualTo("finished");
        assertThat(job.path("attempts").asInt()).as("%s", job).isEqualTo(2);
        assertThat(took).as("finished after the kill").isLessThanOrEqualTo(bound);
        assertThat(ApiCalls.workerOf(redis, id)).as("the worker that finished it").matches(w -> ApiCalls.isWorker(w, survivor));
        JsonNode result = calls.result(id);
        assertThat(result.path("id").asText()).isEqualTo(id);
        assertThat(result.path("matched").asInt()).isEqualTo(503);
        assertThat(ApiCalls.countsOf(result.path("counts"))).isEqualTo(ApiCalls.locusGroups(SampleData.records()));
        assertThat(ApiCalls.resultKeys(redis, id)).isEqualTo(ApiCalls.oneResult(id));
        // The victim may die before it logs the start; it must never log the finish.
        assertThat(victim.logText()).doesNotContain("Job " + id + " finished");
        assertThat(survivor.logText()).contains("Job " + id + " started: counts, attempt 2");
        survivor.awaitInLog("Job " + id + " finished", MARGIN); // logged after the finish's last round trip
        assertThat(cluster.countInLogs("Job " + id + " finished")).as("finish lines in all logs").isEqualTo(1);
        assertThat(cluster.countInLogs("Job " + id + " reaped from dead worker")).isEqualTo(1);
    }

    @Test
    void aWorkerPausedPastItsLeaseStopsItsRunWhenItWakesAndTheJobFinishesOnceOnTheOther(@TempDir Path dir) {
        RedisProcess redis = cluster.redis(dir);
        ServiceProcess api = cluster.api("api");
        List<ServiceProcess> workers = List.of(cluster.slowWorker("worker-1", LATENCY),
                cluster.slowWorker("worker-2", LATENCY));
        FaultCluster.awaitReady(api, workers.get(0), workers.get(1));
        ApiCalls calls = new ApiCalls(api);
        calls.load(SampleData.bytes(SampleData.JSON));

        String id = calls.submit(ApiCalls.COUNTS_BY_LOCUS_GROUP);
        calls.awaitStatus(id, Set.of("running"), Duration.ofSeconds(20));
        String holder = ApiCalls.workerOf(redis, id);
        ServiceProcess paused = workers.stream().filter(w -> ApiCalls.isWorker(holder, w)).findFirst().orElseThrow();
        ServiceProcess other = workers.get(paused == workers.get(0) ? 1 : 0);

        paused.pause();
        try {
            ServiceProcess.awaitUntil(() -> ApiCalls.isWorker(ApiCalls.workerOf(redis, id), other),
                    LEASE.plus(REAP_EVERY).plus(LATENCY.multipliedBy(TAKE_OVER_ROUND_TRIPS)).plus(MARGIN),
                    "job " + id + " claimed by " + other.name() + " while " + paused.name() + " is paused");
        } finally {
            paused.resume();
        }
        paused.awaitInLog("Job " + id + " stopped: another run", MARGIN);
        JsonNode job = calls.awaitStatus(id, ApiCalls.ENDED, Duration.ofSeconds(30));

        assertThat(job.path("status").asText()).as("%s", job).isEqualTo("finished");
        assertThat(job.path("attempts").asInt()).as("%s", job).isEqualTo(2);
        assertThat(ApiCalls.isWorker(ApiCalls.workerOf(redis, id), other)).as("finished by %s", other.name()).isTrue();
        assertThat(calls.result(id).path("matched").asInt()).isEqualTo(503);
        assertThat(ApiCalls.resultKeys(redis, id)).isEqualTo(ApiCalls.oneResult(id));
        other.awaitInLog("Job " + id + " finished", MARGIN); // logged after the finish's last round trip
        assertThat(cluster.countInLogs("Job " + id + " finished")).as("finish lines in all logs").isEqualTo(1);
        assertThat(paused.logText()).doesNotContain("Job " + id + " finished");
        assertThat(ApiCalls.queueState(redis).values()).as("no list holds the ended job")
                .noneMatch(value -> value instanceof List<?> list && list.contains(id));
    }

    @Test
    void aLoneWorkerPausedPastItsLeaseFinishesItsJobOnceWhenItWakes(@TempDir Path dir) {
        RedisProcess redis = cluster.redis(dir);
        ServiceProcess api = cluster.api("api");
        ServiceProcess worker = cluster.slowWorker("worker-1", LATENCY);
        FaultCluster.awaitReady(api, worker);
        ApiCalls calls = new ApiCalls(api);
        calls.load(SampleData.bytes(SampleData.JSON));

        String id = calls.submit(ApiCalls.COUNTS_BY_LOCUS_GROUP);
        calls.awaitStatus(id, Set.of("running"), Duration.ofSeconds(20));
        String workerId = ApiCalls.workerOf(redis, id);
        worker.pause();
        try {
            ServiceProcess.awaitUntil(() -> !ApiCalls.hasLease(redis, workerId), LEASE.plus(MARGIN),
                    "the lease of " + worker.name() + " lapses while it is paused");
        } finally {
            worker.resume();
        }
        // On waking, its reaper may find its own lease expired and queue the job again while a thread of its
        // own still runs it; either way the job ends once.
        JsonNode job = calls.awaitStatus(id, ApiCalls.ENDED, Duration.ofSeconds(30));

        assertThat(job.path("status").asText()).as("%s", job).isEqualTo("finished");
        assertThat(calls.result(id).path("matched").asInt()).isEqualTo(503);
        assertThat(ApiCalls.resultKeys(redis, id)).isEqualTo(ApiCalls.oneResult(id));
        worker.awaitInLog("Job " + id + " finished", MARGIN); // logged after the finish's last round trip
        assertThat(cluster.countInLogs("Job " + id + " finished")).as("finish lines").isEqualTo(1);
        assertThat(ApiCalls.queueState(redis).values()).as("no list holds the ended job")
                .noneMatch(value -> value instanceof List<?> list && list.contains(id));
    }

    @Test
    void manyJobsSurviveRandomKillsAndRestarts(@TempDir Path dir) {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        RedisProcess redis = cluster.redis(dir);
        ServiceProcess api = cluster.api("api");
        List<ServiceProcess> workers = new ArrayList<>(List.of(cluster.slowWorker("worker-1", PACED_LATENCY),
                cluster.slowWorker("worker-2", PACED_LATENCY)));
        FaultCluster.awaitReady(api, workers.get(0), workers.get(1));
        ApiCalls calls = new ApiCalls(api);
        calls.load(SampleData.bytes(SampleData.JSON));

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(calls.submit(ApiCalls.COUNTS_BY_LOCUS_GROUP));
        }
        List<String> kills = new ArrayList<>();
        for (int round = 1; round <= 5; round++) {
            // The moment of each kill is random by design: this pause is the test's schedule, not a wait.
            ServiceProcess.sleep(1000 + random.nextInt(1000));
            ServiceProcess victim = pickVictim(redis, calls, workers, random);
            victim.kill();
            workers.remove(victim);
            kills.add(victim.name());
            workers.add(cluster.slowWorker("worker-" + (round + 2), PACED_LATENCY));
        }
        String context = "seed " + seed + ", killed " + kills;
        FaultCluster.awaitReady(workers.toArray(ServiceProcess[]::new));

        List<JsonNode> ended;
        try {
            ended = calls.awaitAllEnded(ids, Duration.ofSeconds(90));
        } catch (AssertionError | ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; " + context + "; queue " + ApiCalls.queueState(redis), e);
        }
        int attempts = 0;
        Set<String> keys = new HashSet<>();
        for (JsonNode job : ended) {
            String id = job.path("id").asText();
            assertThat(job.path("status").asText()).as("%s; %s", context, job).isEqualTo("finished");
            assertThat(calls.result(id).path("matched").asInt()).as(id).isEqualTo(503);
            assertThat(ApiCalls.resultKeys(redis, id)).as(id).isEqualTo(ApiCalls.oneResult(id));
            assertThat(cluster.countInLogs("Job " + id + " finished")).as("finish lines of %s", id).isLessThanOrEqualTo(1);
            keys.addAll(ApiCalls.oneResult(id));
            attempts += job.path("attempts").asInt();
        }
        assertThat(Set.copyOf(((List<?>) redis.call(3, "KEYS", "*")).stream().map(String::valueOf).toList()))
                .as("every key in db 3: one result per job, nothing else").isEqualTo(keys);
        assertThat(attempts).as("attempts over all jobs (%s): the kills must have hit running jobs", context)
                .isGreaterThan(ids.size());
    }

    /** A live worker that holds a running job if there is one, so that the kill hits a job mid-way. */
    private static ServiceProcess pickVictim(RedisProcess redis, ApiCalls calls, List<ServiceProcess> workers,
            Random random) {
        List<ServiceProcess> busy = new ArrayList<>();
        for (JsonNode job : calls.jobs("running")) {
            String holder = ApiCalls.workerOf(redis, job.path("id").asText());
            workers.stream().filter(w -> ApiCalls.isWorker(holder, w) && !busy.contains(w)).forEach(busy::add);
        }
        List<ServiceProcess> candidates = busy.isEmpty() ? workers : busy;
        return candidates.get(random.nextInt(candidates.size()));
    }
}
