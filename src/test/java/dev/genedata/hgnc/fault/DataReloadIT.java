package dev.genedata.hgnc.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.fault.ServiceProcess.Answer;
import dev.genedata.hgnc.support.SampleData;

/**
 * {@code POST /data} swaps between two data sets (the 503-record sample and its first 200 records) again
 * and again while readers hammer {@code GET /info}, {@code GET /genes} and {@code GET /data} and jobs run:
 * every answer and every job result describes one whole set, never a mix or a part of one.
 */
class DataReloadIT {

    private static final Duration HAMMERING = Duration.ofSeconds(8);
    private static final int SUBSET = 200;
    /** How late each Redis command of the worker arrives ({@link LatencyRelay}): jobs of about half a second span loads. */
    private static final Duration LATENCY = Duration.ofMillis(50);

    @RegisterExtension
    final FaultCluster cluster = new FaultCluster(Map.of("WORKER_CONCURRENCY", "2"));

    @Test
    void readersAndJobsSeeOneWholeSetWhileTheDataIsReloaded(@TempDir Path dir) throws Exception {
        List<ObjectNode> all = SampleData.records();
        List<ObjectNode> subset = all.subList(0, SUBSET);
        byte[] full = SampleData.bytes(SampleData.JSON);
        Path subsetFile = dir.resolve("hgnc_sample_first_" + SUBSET + ".json");
        Files.write(subsetFile, new ObjectMapper().writeValueAsBytes(subset));
        byte[] part = Files.readAllBytes(subsetFile);
        Map<Integer, Map<String, Integer>> expected = Map.of(
                all.size(), ApiCalls.locusGroups(all),
                SUBSET, ApiCalls.locusGroups(subset));

        cluster.redis(dir.resolve("redis"));
        ServiceProcess api = cluster.api("api");
        ServiceProcess worker = cluster.slowWorker("worker", LATENCY);
        FaultCluster.awaitReady(api, worker);
        ApiCalls calls = new ApiCalls(api);
        assertThat(calls.load(full)).isEqualTo(all.size());

        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Set<Integer> seenSizes = ConcurrentHashMap.newKeySet();
        long until = System.nanoTime() + HAMMERING.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(5);
        List<Future<Integer>> readers = List.of(
                threads.submit(() -> hammer(api, "/info", until, expected.keySet(), problems, seenSizes,
                        info -> infoSize(info, expected))),
                threads.submit(() -> hammer(api, "/genes?limit=1000", until, expected.keySet(), problems, seenSizes,
                        DataReloadIT::idsSize)),
                threads.submit(() -> hammer(api, "/data", until, expected.keySet(), problems, seenSizes,
                        data -> data.json().size())));
        Future<Integer> loads = threads.submit(() -> {
            int count = 0;
            while (System.nanoTime() < until) {
                boolean small = count % 2 == 0;
                assertThat(calls.load(small ? part : full)).isEqualTo(small ? SUBSET : all.size());
                count++;
            }
            return count;
        });
        Future<List<String>> submitted = threads.submit(() -> {
            List<String> ids = new ArrayList<>();
            while (System.nanoTime() < until) {
                ids.add(calls.submit(ApiCalls.COUNTS_BY_LOCUS_GROUP));
                ServiceProcess.sleep(150); // the pace of submissions, not a wait
            }
            return ids;
        });
        threads.shutdown();
        assertThat(threads.awaitTermination(HAMMERING.toSeconds() + 60, TimeUnit.SECONDS)).as("threads ended").isTrue();

        assertThat(problems).as("answers that were not one whole set").isEmpty();
        for (Future<Integer> reader : readers) {
            assertThat(reader.get()).as("answers per reader").isGreaterThan(5);
        }
        assertThat(loads.get()).as("loads").isGreaterThanOrEqualTo(4);
        assertThat(seenSizes).as("set sizes readers saw").containsExactlyInAnyOrder(all.size(), SUBSET);

        Set<Integer> matched = ConcurrentHashMap.newKeySet();
        for (JsonNode job : calls.awaitAllEnded(submitted.get(), Duration.ofSeconds(60))) {
            String id = job.path("id").asText();
            assertThat(job.path("status").asText()).as("%s", job).isEqualTo("finished");
            JsonNode result = calls.result(id);
            int size = result.path("matched").asInt();
            assertThat(expected).as("result of %s: %s", id, result).containsKey(size);
            assertThat(ApiCalls.countsOf(result.path("counts"))).as("result of %s", id).isEqualTo(expected.get(size));
            matched.add(size);
        }
        assertThat(submitted.get()).as("jobs submitted").hasSizeGreaterThan(10);
        assertThat(matched).as("set sizes jobs computed on").containsExactlyInAnyOrder(all.size(), SUBSET);
    }

    /**
     * Calls {@code path} until {@code until}, recording each answer's set size, and every answer that is not
     * a 200 or whose size is not one of {@code sizes} as a problem.
     *
     * @return how many answers it got
     */
    private static int hammer(ServiceProcess api, String path, long until, Set<Integer> sizes, List<String> problems,
            Set<Integer> seenSizes, Function<Answer, Integer> size) {
        int answers = 0;
        while (System.nanoTime() < until) {
            Answer answer = api.get(path);
            answers++;
            Integer n = answer.status() == 200 ? size.apply(answer) : null;
            if (n == null || !sizes.contains(n)) {
                problems.add("GET " + path + " → " + (n == null ? answer : n + " records"));
            } else {
                seenSizes.add(n);
            }
        }
        return answers;
    }

    /** The record count of {@code GET /info}, if its counts per locus group are those of that very set. */
    private static Integer infoSize(Answer answer, Map<Integer, Map<String, Integer>> expected) {
        JsonNode info = answer.json();
        int records = info.path("records").asInt();
        Map<String, Integer> groups = ApiCalls.countsOf(info.path("counts").path("locus_group"));
        return groups.equals(expected.get(records)) ? records : null;
    }

    /** The number of ids of {@code GET /genes}, if it agrees with its {@code X-Total-Count}. */
    private static Integer idsSize(Answer answer) {
        int ids = answer.json().size();
        return String.valueOf(ids).equals(answer.header("X-Total-Count")) ? ids : null;
    }
}
