package dev.genedata.hgnc.redis;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.genedata.hgnc.config.HgncConfig;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import redis.embedded.RedisServer;

/**
 * Dev mode only: starts a real Redis (the binary bundled by {@code org.signal:embedded-redis}) when
 * no {@code REDIS_HOST} is set, so that {@code ./mvnw quarkus:dev} needs nothing installed. Its data
 * lives in {@code hgnc.redis.embedded-dir} with append-only persistence, so a restart of dev mode keeps
 * the loaded data. The server outlives live reloads and stops with the JVM.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class EmbeddedDevRedis {

    private static final Logger LOG = Logger.getLogger(EmbeddedDevRedis.class);

    private static RedisServer server;

    private final HgncConfig config;

    EmbeddedDevRedis(HgncConfig config) {
        this.config = config;
    }

    /** Starts the embedded server before anything talks to Redis. */
    void onStart(@Observes @Priority(1) StartupEvent event) throws IOException {
        if (!config.redis().embedded() || System.getenv("REDIS_HOST") != null || System.getenv("REDIS_IP") != null) {
            return;
        }
        start(config.redis().port(), Path.of(config.redis().embeddedDir()));
    }

    private static synchronized void start(int port, Path dir) throws IOException {
        if (server != null && server.isActive()) {
            return;
        }
        if (listening(port)) {
            LOG.infof("A Redis already listens on localhost:%d; dev mode uses it", port);
            return;
        }
        Files.createDirectories(dir);
        server = RedisServer.builder()
                .port(port)
                .bind("127.0.0.1")
                .setting("dir " + dir.toAbsolutePath())
                .setting("appendonly yes")
                .setting("save 60 1")
                .setting("maxmemory-policy noeviction")
                .setting("lazyfree-lazy-expire yes")
                .build();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDevRedis::stop, "embedded-redis-stop"));
        LOG.infof("Started embedded Redis 7 on localhost:%d with its data in %s", port, dir.toAbsolutePath());
    }

    private static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
