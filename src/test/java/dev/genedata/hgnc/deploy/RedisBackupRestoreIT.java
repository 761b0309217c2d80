package dev.genedata.hgnc.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.genedata.hgnc.support.FreePorts;

import redis.embedded.RedisServer;
import redis.embedded.RedisServerBuilder;

/**
 * Proves that a backup taken the way the CronJob takes it brings the data back after a wipe, restored
 * the way the restore Job restores it. Where redis-server and redis-cli are installed, it runs
 * docs/deploy/backup-restore-check.sh, which executes the cluster's own lines; everywhere, it runs the
 * same steps in Java against the Redis binary bundled by embedded-redis (which has no redis-cli).
 */
class RedisBackupRestoreIT {

    private static final int DATABASES = 4;

    private final List<RedisServer> started = new ArrayList<>();

    @AfterEach
    void stopRedis() {
        started.forEach(RedisServer::stop);
    }

    @Test
    void checkScriptRestoresABackup() throws Exception {
        assumeTrue(Stream.of("bash", "timeout", "redis-server", "redis-cli").allMatch(RedisBackupRestoreIT::onPath),
                "bash, timeout, redis-server and redis-cli are needed for docs/deploy/backup-restore-check.sh");
        assumeTrue(installedRedisMajorVersion() >= 7, "the script needs Redis 7, as the cluster runs");
        Process script = new ProcessBuilder("bash", "docs/deploy/backup-restore-check.sh").redirectErrorStream(true).start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor(150, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(script.exitValue()).as(output).isZero();
        assertThat(output).contains("OK: restarted with its AOF, all 808 keys are back");
    }

    @Test
    void embeddedRedisRestoresABackup(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path backup = Files.createDirectories(dir.resolve("backup")).resolve("dump-20250101T000000Z.rdb");
        List<String> conf = DeploymentFiles.block(DeploymentFiles.REDIS, "redis.conf").stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        int port = FreePorts.next();

        RedisServer redis = start(port, data, conf);
        Map<Integer, Map<String, Object>> before;
        try (RespConnection redisCli = new RespConnection(port)) {
            load(redisCli);
            before = fingerprint(redisCli);
            // The CronJob: redis-cli --rdb, a replica's full sync.
            byte[] snapshot = redisCli.fullSync();
            assertThat(new String(snapshot, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("REDIS");
            Files.write(backup, snapshot);
        }
        try (RespConnection redisCli = new RespConnection(port)) {
            redisCli.call("FLUSHALL");
            assertThat(fingerprint(redisCli).values()).allMatch(Map::isEmpty);
        }
        redis.stop();

        // The restore Job: drop the AOF, load the snapshot once with AOF off, write a fresh AOF from it.
        deleteRecursively(data.resolve("appendonlydir"));
        Files.deleteIfExists(data.resolve("dump.rdb"));
        Files.copy(backup, data.resolve("dump.rdb"));
        RedisServer loader = start(port, data, List.of("dbfilename dump.rdb", "appendonly no", "save \"\""));
        try (RespConnection redisCli = new RespConnection(port)) {
            redisCli.call("CONFIG", "SET", "appendonly", "yes");
            awaitAofRewrite(redisCli, data);
        }
        loader.stop();

        start(port, data, conf);
        try (RespConnection redisCli = new RespConnection(port)) {
            assertThat(redisCli.text("INFO", "persistence")).contains("aof_enabled:1");
            assertThat(fingerprint(redisCli)).isEqualTo(before);
            assertThat(before.get(3)).hasSize(202).containsEntry("key:3:200", "value-3-200");
        }
    }

    private RedisServer start(int port, Path data, List<String> settings) {
        RedisServerBuilder builder = RedisServer.builder().port(port).bind("127.0.0.1");
        settings.forEach(builder::setting);
        RedisServer server = builder.setting("dir " + data.toAbsolutePath()).build();
        server.start();
        started.add(server);
        return server;
    }

    /** The same keys as backup-restore-check.sh: 200 strings, a hash and a list in each database. */
    private static void load(RespConnection redisCli) throws IOException {
        for (int db = 0; db < DATABASES; db++) {
            redisCli.call("SELECT", Integer.toString(db));
            for (int i = 1; i <= 200; i++) {
                redisCli.call("SET", "key:" + db + ":" + i, "value-" + db + "-" + i);
            }
            redisCli.call("HSET", "hash:" + db, "field-a", "a-" + db, "field-b", "b-" + db);
            redisCli.call("RPUSH", "list:" + db, "first-" + db, "second-" + db, "third-" + db);
        }
    }

    /** Every key's value, by database. */
    private static Map<Integer, Map<String, Object>> fingerprint(RespConnection redisCli) throws IOException {
        Map<Integer, Map<String, Object>> databases = new TreeMap<>();
        for (int db = 0; db < DATABASES; db++) {
            redisCli.call("SELECT", Integer.toString(db));
            Map<String, Object> values = new TreeMap<>();
            for (Object key : (List<?>) redisCli.call("KEYS", "*")) {
                String name = (String) key;
                values.put(name, switch (redisCli.text("TYPE", name)) {
                    case "string" -> redisCli.call("GET", name);
                    case "hash" -> redisCli.call("HGETALL", name);
                    case "list" -> redisCli.call("LRANGE", name, "0", "-1");
                    default -> "unexpected type";
                });
            }
            databases.put(db, values);
        }
        return databases;
    }

    /** Waits until the AOF rewrite has finished, with its manifest written, and checks that it succeeded. */
    private static void awaitAofRewrite(RespConnection redisCli, Path data) {
        Path manifest = data.resolve("appendonlydir/appendonly.aof.manifest");
        // In this thread: the connection is not for two threads at once.
        String info = await("the AOF rewrite finishes, " + manifest + " written").atMost(Duration.ofSeconds(30))
                .pollInSameThread().pollInterval(Duration.ofMillis(50))
                .until(() -> redisCli.text("INFO", "persistence"), persistence -> Files.exists(manifest)
                        && persistence.contains("aof_rewrite_in_progress:0") && persistence.contains("aof_rewrite_scheduled:0"));
        assertThat(info).contains("aof_last_bgrewrite_status:ok");
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
    }

    private static int installedRedisMajorVersion() throws IOException, InterruptedException {
        Process version = new ProcessBuilder("redis-server", "--version").redirectErrorStream(true).start();
        String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        version.waitFor();
        Matcher matcher = Pattern.compile("v=(\\d+)\\.").matcher(output);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            List<Path> paths = new ArrayList<>(tree.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
