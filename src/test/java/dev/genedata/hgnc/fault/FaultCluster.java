package dev.genedata.hgnc.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The processes of one fault test: a Redis and the service's API and worker JVMs against it (a slow worker
 * through a {@link LatencyRelay} of its own), each with its log in {@code target/fault-logs/{test class}/{test}/}.
 * Register it with {@code @RegisterExtension}: it stops every process (and relay) after each test, and when a test
 * fails it prints the end of every log.
 */
final class FaultCluster implements BeforeEachCallback, AfterEachCallback, TestWatcher {

    /** How long a JVM may take to become ready on a busy two-core machine. */
    static final Duration STARTUP = Duration.ofSeconds(60);
    private static final int LOG_LINES_ON_FAILURE = 150;

    private final Map<String, String> settings;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<LatencyRelay> relays = new ArrayList<>();
    private RedisProcess redis;
    private Path logDir;

    /** @param settings environment variables every service process gets (lease, reap interval, ...) */
    FaultCluster(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        logDir = Path.of("target", "fault-logs", context.getRequiredTestClass().getSimpleName(),
                context.getRequiredTestMethod().getName());
        if (Files.isDirectory(logDir)) {
            try (var old = Files.list(logDir)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(logDir);
    }

    /** Starts the Redis of this test, its files in {@code dir}. */
    RedisProcess redis(Path dir) {
        redis = RedisProcess.start(dir);
        return redis;
    }

    /** Starts an API process ({@code HGNC_ROLE=api}). */
    ServiceProcess api(String name) {
        return start(name, "api", Map.of());
    }

    /** Starts a worker process ({@code HGNC_ROLE=worker}) with this test's settings. */
    ServiceProcess worker(String name) {
        return start(name, "worker", Map.of());
    }

    /** Starts a worker process with this test's settings and {@code extra} on top. */
    ServiceProcess worker(String name, Map<String, String> extra) {
        return start(name, "worker", extra);
    }

    /**
     * Starts a worker process with this test's settings that reaches Redis through a {@link LatencyRelay}: each of
     * its Redis commands arrives {@code latency} late, so that each of its jobs takes seconds.
     */
    ServiceProcess slowWorker(String name, Duration latency) {
        return behindRelay(name, "worker", latency);
    }

    /**
     * Starts an API process that reaches Redis through a {@link LatencyRelay}: each of its Redis commands arrives
     * {@code latency} late, so that each round trip of a load (the lock, the first write of each key, the swap) takes
     * that much longer and the load lasts long enough to be cut off in the middle.
     */
    ServiceProcess slowApi(String name, Duration latency) {
        return behindRelay(name, "api", latency);
    }

    private synchronized ServiceProcess behindRelay(String name, String role, Duration latency) {
        LatencyRelay relay = LatencyRelay.start(name, redis().port(), latency);
        relays.add(relay);
        return start(name, role, relay.port(), Map.of());
    }

    private ServiceProcess start(String name, String role, Map<String, String> extra) {
        return start(name, role, redis().port(), extra);
    }

    private synchronized ServiceProcess start(String name, String role, int redisPort, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(settings);
        env.putAll(extra);
        ServiceProcess service = ServiceProcess.start(name, role, redisPort, env, logDir);
        services.add(service);
        return service;
    }

    private RedisProcess redis() {
        if (redis == null) {
            throw new IllegalStateException("start Redis first");
        }
        return redis;
    }

    /** Waits until every one of them is ready, within {@link #STARTUP}. */
    static void awaitReady(ServiceProcess... processes) {
        for (ServiceProcess process : processes) {
            process.awaitReady(STARTUP);
        }
    }

    /** How often {@code text} occurs in the logs of every process started so far. */
    synchronized int countInLogs(String text) {
        int count = 0;
        for (ServiceProcess service : services) {
            String log = service.logText();
            for (int at = log.indexOf(text); at >= 0; at = log.indexOf(text, at + 1)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        services.forEach(ServiceProcess::close);
        relays.forEach(LatencyRelay::close);
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    public synchronized void testFailed(ExtensionContext context, Throwable cause) {
        for (ServiceProcess service : services) {
            List<String> lines = service.logText().lines().toList();
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size());
            System.out.printf("%n===== %s: last %d of %d lines of %s =====%n%s%n", service, tail.size(), lines.size(),
                    service.log(), String.join(System.lineSeparator(), tail));
        }
        System.out.flush();
    }

    /** Writes bytes to a file of this test's log directory (a data set it loads, for a look after a failure). */
    Path keep(String fileName, byte[] bytes) throws IOException {
        return Files.write(logDir.resolve(fileName), bytes);
    }

    /** {@link #keep} for text. */
    Path keep(String fileName, String text) throws IOException {
        return keep(fileName, text.getBytes(StandardCharsets.UTF_8));
    }
}
