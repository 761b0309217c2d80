package dev.genedata.hgnc.fault;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.support.FreePorts;

/**
 * The service as production runs it: a separate JVM started with {@code java -jar
 * target/quarkus-app/quarkus-run.jar}, in one role, on a free HTTP port, against a given Redis, its output
 * in a log file under {@code target/}. Talks HTTP to it with bounded timeouts and can kill it with SIGKILL.
 */
final class ServiceProcess implements AutoCloseable {

    /** The application as {@code ./mvnw package} builds it (failsafe runs after package). */
    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Inherited variables that would change what the process does; the test sets its own. */
    private static final Set<String> INHERITED_PREFIXES = Set.of("HGNC_", "REDIS_", "QUARKUS_", "WORKER_");
    private static final Set<String> INHERITED_NAMES = Set.of("ADMIN_TOKEN", "JOB_TTL", "LOG_LEVEL");

    private final String name;
    private final Process process;
    private final int httpPort;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceProcess(String name, Process process, int httpPort, Path log) {
        this.name = name;
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /**
     * Starts one process; it is not ready yet (see {@link #awaitReady}).
     *
     * @param name how logs and messages call it, also its log file's name
     * @param role {@code api} or {@code worker}
     * @param redisPort the Redis on 127.0.0.1 it uses
     * @param settings further environment variables (configuration)
     * @param logDir where its log file goes
     */
    static ServiceProcess start(String name, String role, int redisPort, Map<String, String> settings, Path logDir) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the fault suite runs after ./mvnw package");
        }
        int httpPort = FreePorts.next();
        Path log = logDir.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> INHERITED_NAMES.contains(key) || INHERITED_PREFIXES.stream().anyMatch(key::startsWith));
        env.put("HGNC_ROLE", role);
        env.put("REDIS_HOST", "127.0.0.1");
        env.put("REDIS_PORT", Integer.toString(redisPort));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        env.putAll(settings);
        try {
            Files.createDirectories(logDir);
            return new ServiceProcess(name, builder.start(), httpPort, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Its name. */
    String name() {
        return name;
    }

    /** Its process id (part of a worker's id in the queue). */
    long pid() {
        return process.pid();
    }

    /** Whether the JVM still runs. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** Its log file. */
    Path log() {
        return log;
    }

    /** Everything it has logged so far. */
    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * Waits until {@code /q/health/ready} answers 200.
     *
     * @throws org.awaitility.core.ConditionTimeoutException when it does not within {@code within}, with the last
     *         answer in its message
     * @throws AssertionError as soon as the process has exited
     */
    void awaitReady(Duration within) {
        await(this + " ready (log " + log + ")").atMost(within).pollInterval(POLL)
                .until(this::readiness, answer -> answer.status() == 200);
    }

    /**
     * {@code /q/health/ready}'s answer; an {@link AssertionError}, which ends the wait, when the JVM has exited. The
     * check pings each of the four Redis clients in turn: behind a {@link LatencyRelay} of 400 ms it takes 1.6 s,
     * and the first, which opens the connections, about 5 s.
     */
    private Answer readiness() {
        if (!process.isAlive()) {
            throw new AssertionError(name + " exited with " + process.exitValue() + " before it was ready; log " + log);
        }
        return get("/q/health/ready", DEFAULT_TIMEOUT);
    }

    /** GET with the default timeout. */
    Answer get(String path) {
        return get(path, DEFAULT_TIMEOUT);
    }

    /** GET that gives up after {@code timeout}; a refused connection or a timeout is an {@link Answer} too. */
    Answer get(String path, Duration timeout) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(timeout).GET().build());
    }

    /** POST of a body with the default timeout. */
    Answer post(String path, String contentType, byte[] body) {
        return post(path, contentType, body, DEFAULT_TIMEOUT);
    }

    /** POST of a body that gives up after {@code timeout}. */
    Answer post(String path, String contentType, byte[] body, Duration timeout) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Any method, with a body of {@code contentType} or none ({@code body} null), with the default timeout. */
    Answer request(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(DEFAULT_TIMEOUT);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return send(request.build());
    }

    private Answer send(HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().map(), elapsedMs(started));
        } catch (HttpTimeoutException e) {
            return new Answer(Answer.TIMED_OUT, e.toString(), Map.of(), elapsedMs(started));
        } catch (IOException e) {
            return new Answer(Answer.NO_CONNECTION, e.toString(), Map.of(), elapsedMs(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    /** SIGSTOP: the process freezes, threads and timers alike, as under a long GC pause or a starved node. */
    void pause() {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause}: it goes on where it stopped, unaware of the time that passed. */
    void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL (on Linux {@link Process#destroyForcibly()}): no shutdown hook, no clean-up, like a crashed pod. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
    }

    /** SIGTERM, then SIGKILL if it has not stopped after 10 s. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            if (!awaitExit(Duration.ofSeconds(10))) {
                kill();
            }
        }
    }

    private boolean awaitExit(Duration within) {
        try {
            return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + httpPort + ")";
    }

    private static long elapsedMs(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Waits until it has logged {@code text}, failing the test after {@code within}. */
    void awaitInLog(String text, Duration within) {
        awaitUntil(() -> logText().contains(text), within, this + " logs '" + text + "'");
    }

    /** Polls {@code condition} every 100 ms until it holds, failing the test after {@code within}. */
    static void awaitUntil(BooleanSupplier condition, Duration within, String what) {
        await(what).atMost(within).pollInterval(POLL).until(condition::getAsBoolean);
    }

    /** Sleeps, turning an interrupt into a test failure: for pacing a test, never for waiting on a condition. */
    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * An HTTP answer, or the lack of one.
     *
     * @param status the status code, {@link #TIMED_OUT} or {@link #NO_CONNECTION}
     * @param body the body as text (or what went wrong)
     * @param headers the response headers
     * @param tookMs how long the call took
     */
    record Answer(int status, String body, Map<String, List<String>> headers, long tookMs) {

        /** No answer within the request's timeout. */
        static final int TIMED_OUT = -1;
        /** No connection (refused or reset). */
        static final int NO_CONNECTION = -2;

        /** The body as JSON. */
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        /** The first value of a header, or null. */
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            String text = body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return status + " after " + tookMs + " ms: " + text;
        }
    }
}
