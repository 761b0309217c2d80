package dev.genedata.hgnc.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.genedata.hgnc.deploy.RespConnection;
import dev.genedata.hgnc.support.FreePorts;
import redis.embedded.RedisServer;

/**
 * A real Redis 7 (the binary bundled by embedded-redis) for the fault suite, persisting the way production
 * does: the append-only file on, fsynced after every write ({@code appendfsync always}), no RDB snapshots.
 * It listens on a free loopback port and keeps its files in one directory, so it can be stopped and started
 * again with the same port and data.
 */
final class RedisProcess implements AutoCloseable {

    private final int port;
    private final Path dir;
    private RedisServer server;

    private RedisProcess(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    /** Starts a Redis with its files in {@code dir}, on a free port. */
    static RedisProcess start(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RedisProcess redis = new RedisProcess(FreePorts.next(), dir.toAbsolutePath());
        redis.start();
        return redis;
    }

    /** Starts the server (again) on the same port and directory; it loads its append-only file first. */
    synchronized void start() {
        if (server != null && server.isActive()) {
            throw new IllegalStateException("Redis on port " + port + " is already running");
        }
        server = RedisServer.builder()
                .port(port)
                .bind("127.0.0.1")
                .setting("dir " + dir)
                .setting("appendonly yes")
                .setting("appendfsync always")
                .setting("save \"\"")
                .build();
        server.start();
    }

    /** Stops the server with SIGTERM: Redis flushes its append-only file and exits; clients see the port closed. */
    synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The port it listens on. */
    int port() {
        return port;
    }

    /** Runs one command in database {@code db} on a connection of its own; see {@link RespConnection#call}. */
    Object call(int db, String... command) {
        try (RespConnection connection = new RespConnection(port)) {
            connection.call("SELECT", Integer.toString(db));
            return connection.call(command);
        } catch (IOException e) {
            throw new UncheckedIOException("Redis on port " + port + " did not answer " + List.of(command), e);
        }
    }

    /** Every key of database {@code db} that matches {@code pattern}, by {@code SCAN} (as Redis sees them now). */
    List<String> scan(int db, String pattern) {
        List<String> keys = new ArrayList<>();
        String cursor = "0";
        do {
            List<?> page = (List<?>) call(db, "SCAN", cursor, "MATCH", pattern, "COUNT", "1000");
            cursor = String.valueOf(page.get(0));
            ((List<?>) page.get(1)).forEach(key -> keys.add(String.valueOf(key)));
        } while (!cursor.equals("0"));
        return keys;
    }

    @Override
    public void close() {
        stop();
    }

}
