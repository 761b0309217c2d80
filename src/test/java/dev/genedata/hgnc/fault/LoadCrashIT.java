package dev.genedata.hgnc.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.genedata.hgnc.fault.ServiceProcess.Answer;
import dev.genedata.hgnc.support.SampleData;

/**
 * Loads cut off in the middle, with real processes: a loading API killed with SIGKILL, a Redis stopped under a load
 * and started again from its append-only file, and a Redis whose {@code maxmemory} has no room for a reload. Each
 * time the set loaded before stays served with its exact record count, the lock of the dead load frees itself within
 * its lease (5 s), no key of the dead load stays in Redis, and the next load succeeds. The new set is HGNC's full set
 * as TSV ({@code ../shared/data}); the tests are skipped without it.
 */
class LoadCrashIT {

    /** The load lock's lease, as in production. */
    private static final Duration LEASE = Duration.ofSeconds(5);
    /**
     * How long after a loader's end its lock and keys may take to go: the lease from its last renewal, and Redis's
     * expiry, which finds an expired key within a few hundred ms.
     */
    private static final Duration EXPIRY = LEASE.plusSeconds(3);
    /**
     * How late each Redis command of the API that is cut off arrives ({@link LatencyRelay}): each round trip of its
     * load (the lock, the version number, the first write of each of its twelve keys) takes that much longer, so the
     * load still runs a second after its first records reached Redis, however fast the machine.
     */
    private static final Duration LATENCY = Duration.ofMillis(100);
    /** How long the API may take to serve again once Redis is back. */
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    /** What a Redis that refuses the reload has beyond the memory it uses with the full set loaded. */
    private static final long HEADROOM = 16L * 1024 * 1024;
    private static final long MB = 1024 * 1024;
    private static final String TSV = "text/tab-separated-values";
    /** The version of the set loaded first; the load cut off writes the next. */
    private static final long OLD = 1;
    private static final long CUT_OFF = 2;

    @RegisterExtension
    final FaultCluster cluster = new FaultCluster(Map.of("HGNC_DATA_LOAD_LEASE", LEASE.toSeconds() + "s"));

    private byte[] fullSet;
    private int fullSetRecords;

    @BeforeEach
    void readFullSet() throws IOException {
        assumeTrue(Files.isRegularFile(ApiCalls.FULL_SET_TSV), "the full set is not at "
                + ApiCalls.FULL_SET_TSV.toAbsolutePath());
        fullSet = Files.readAllBytes(ApiCalls.FULL_SET_TSV);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(fullSet)), StandardCharsets.UTF_8))) {
            fullSetRecords = (int) lines.lines().skip(1).filter(line -> !line.isBlank()).count();
        }
    }

    @Test
    void aLoaderKilledMidLoadFreesTheLockWithinItsLeaseAndLeavesNoKeys(@TempDir Path dir) throws Exception {
        RedisProcess redis = cluster.redis(dir.resolve("redis"));
        ServiceProcess loader = cluster.slowApi("loader", LATENCY);
        ServiceProcess fresh = cluster.api("fresh");
        FaultCluster.awaitReady(loader, fresh);
        ApiCalls calls = new ApiCalls(fresh);
        assertThat(calls.load(SampleData.bytes(SampleData.JSON))).isEqualTo(503);

        CompletableFuture<Answer> killed = loadInBackground(loader);
        awaitRecordsOf(redis, CUT_OFF);
        Answer second = fresh.post("/data", "application/json", SampleData.bytes(SampleData.JSON));
        assertThat(second.status()).as("a second load while the first one lives: %s", second).isEqualTo(409);
        assertThat(second.json().path("error").asText()).startsWith("another load of the data set is in progress");

        loader.kill();
        assertThat(killed.get(10, TimeUnit.SECONDS).status()).isEqualTo(Answer.NO_CONNECTION);
        assertThat(redis.call(0, "GET", "hgnc:current")).as("the load did not finish").isEqualTo(Long.toString(OLD));
        assertThat(ApiCalls.ttlMillis(redis, ApiCalls.LOAD_LOCK)).as("the dead loader's lock")
                .isBetween(1L, LEASE.toMillis());
        assertThat(ApiCalls.keysOf(redis, CUT_OFF)).as("the dead loader's partial set").isNotEmpty()
                .allSatisfy(key -> assertThat(ApiCalls.ttlMillis(redis, key)).as(key).isBetween(1L, LEASE.toMillis()));

        awaitNothingLeftOf(redis, CUT_OFF);
        assertThat(calls.load(fullSet, TSV)).isEqualTo(fullSetRecords);
        assertServed(fresh, fullSetRecords, CUT_OFF + 1);
        assertThat(ApiCalls.versionsInRedis(redis)).as("versions with keys: the retired and the current set")
                .containsExactly(OLD, CUT_OFF + 1);
    }

    @Test
    void aLoadCutOffByARedisRestartLeavesNoKeysOnceItsLeaseRunsOut(@TempDir Path dir) throws Exception {
        RedisProcess redis = cluster.redis(dir.resolve("redis"));
        ServiceProcess api = cluster.slowApi("api", LATENCY);
        FaultCluster.awaitReady(api);
        ApiCalls calls = new ApiCalls(api);
        assertThat(calls.load(SampleData.bytes(SampleData.JSON))).isEqualTo(503);

        CompletableFuture<Answer> cut = loadInBackground(api);
        awaitRecordsOf(redis, CUT_OFF);
        redis.stop();
        Answer failed = cut.get(ApiCalls.LOAD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(failed.status()).as("the load Redis's stop cut off: %s", failed).isEqualTo(503);
        assertThat(failed.json().path("error").asText()).startsWith("the data store (Redis) is unavailable");

        redis.start();
        awaitNothingLeftOf(redis, CUT_OFF);
        api.awaitReady(RECOVERY);
        assertServed(api, 503, OLD);
        assertThat(calls.load(fullSet, TSV)).isEqualTo(fullSetRecords);
        assertServed(api, fullSetRecords, CUT_OFF + 1);
        assertThat(ApiCalls.versionsInRedis(redis)).containsExactly(OLD, CUT_OFF + 1);
    }

    @Test
    void aReloadThatDoesNotFitInMaxmemoryIs507AndTheOldSetStaysServed(@TempDir Path dir) {
        RedisProcess redis = cluster.redis(dir.resolve("redis"));
        ServiceProcess api = cluster.api("api");
        FaultCluster.awaitReady(api);
        ApiCalls calls = new ApiCalls(api);
        assertThat(calls.load(fullSet, TSV)).isEqualTo(fullSetRecords);
        long max = Long.parseLong(infoField(redis, "used_memory")) + HEADROOM;
        redis.call(0, "CONFIG", "SET", "maxmemory", Long.toString(max));

        Answer refused = api.post("/data", TSV, fullSet, ApiCalls.LOAD_TIMEOUT);
        assertThat(refused.status()).as("the reload: %s", refused).isEqualTo(507);
        assertThat(refused.header("Content-Type")).startsWith("application/json");
        assertThat(refused.json().path("status").asInt()).isEqualTo(507);
        String error = refused.json().path("error").asText();
        Matcher figures = Pattern.compile("Redis is out of memory \\(maxmemory (\\d+) MB, \\d+ MB used\\): a reload needs "
                + "room for the current set and the new one, about (\\d+) MB; raise maxmemory or delete the data first "
                + "\\(DELETE /data\\)").matcher(error);
        assertThat(figures.matches()).as("the answer: %s", error).isTrue();
        assertThat(Long.parseLong(figures.group(1))).isEqualTo((max + MB - 1) / MB);
        assertThat(Long.parseLong(figures.group(2))).as("about twice the current set")
                .isBetween(2 * currentSetBytes(redis) / MB, 2 * currentSetBytes(redis) / MB + 2);
        api.awaitInLog("Redis refused a write for lack of memory (maxmemory " + figures.group(1) + " MB",
                Duration.ofSeconds(5));

        assertServed(api, fullSetRecords, OLD);
        assertThat(api.get("/genes/HGNC:5").json().path("symbol").asText()).isEqualTo("A1BG");
        assertThat(api.get("/q/health/ready").status()).as("readiness").isEqualTo(200);
        assertThat(ApiCalls.versionsInRedis(redis)).as("the refused load's keys are deleted").containsExactly(OLD);
        assertThat(redis.call(0, "GET", ApiCalls.LOAD_LOCK)).as("the refused load's lock").isNull();

        redis.call(0, "CONFIG", "SET", "maxmemory", "0");
        assertThat(calls.load(fullSet, TSV)).isEqualTo(fullSetRecords);
        assertServed(api, fullSetRecords, CUT_OFF + 1);
    }

    /** Posts the full set to {@code api} on a thread of its own; the answer, or the lack of one, completes it. */
    private CompletableFuture<Answer> loadInBackground(ServiceProcess api) {
        return CompletableFuture.supplyAsync(() -> api.post("/data", TSV, fullSet, ApiCalls.LOAD_TIMEOUT));
    }

    /** Waits until the load of {@code version} has written its first records: it is in the middle of its writes. */
    private static void awaitRecordsOf(RedisProcess redis, long version) {
        await("records of data version " + version + " in Redis").atMost(ApiCalls.LOAD_TIMEOUT)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> (Long) redis.call(0, "EXISTS", "hgnc:v" + version + ":genes") == 1);
    }

    /** Waits, at most {@link #EXPIRY}, until the lock and every key of the dead load of {@code version} are gone. */
    private static void awaitNothingLeftOf(RedisProcess redis, long version) {
        await("the lock and the keys of the dead load of version " + version + " expire").atMost(EXPIRY)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> redis.call(0, "GET", ApiCalls.LOAD_LOCK) == null && ApiCalls.keysOf(redis, version).isEmpty());
    }

    /** {@code GET /info} answers the set of {@code records} records at {@code version}. */
    private static void assertServed(ServiceProcess api, int records, long version) {
        Answer info = api.get("/info");
        assertThat(info.status()).as("GET /info: %s", info).isEqualTo(200);
        JsonNode summary = info.json();
        assertThat(summary.path("records").asInt()).isEqualTo(records);
        assertThat(summary.path("version").asLong()).isEqualTo(version);
    }

    /** What the keys of the current set take in Redis, every field counted (as the API measures it). */
    private static long currentSetBytes(RedisProcess redis) {
        String current = String.valueOf(redis.call(0, "GET", "hgnc:current"));
        long bytes = 0;
        for (String key : ApiCalls.keysOf(redis, Long.parseLong(current))) {
            bytes += (Long) redis.call(0, "MEMORY", "USAGE", key, "SAMPLES", "0");
        }
        return bytes;
    }

    /** A field of Redis's {@code INFO}. */
    private static String infoField(RedisProcess redis, String field) {
        List<String> lines = String.valueOf(redis.call(0, "INFO", "memory")).lines().toList();
        return lines.stream().filter(line -> line.startsWith(field + ":")).map(line -> line.substring(field.length() + 1).trim())
                .findFirst().orElseThrow();
    }
}
