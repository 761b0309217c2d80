package dev.genedata.hgnc.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import redis.embedded.RedisServer;

/**
 * Starts a real Redis 7 (the binary bundled by embedded-redis) on a free loopback port for the
 * {@code @QuarkusTest}s, and points the application at it.
 */
public class RedisTestResource implements QuarkusTestResourceLifecycleManager {

    private RedisServer server;

    @Override
    public Map<String, String> start() {
        int port = FreePorts.next();
        server = RedisServer.builder()
                .port(port)
                .bind("127.0.0.1")
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        server.start();
        return Map.of("hgnc.redis.host", "127.0.0.1", "hgnc.redis.port", Integer.toString(port));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
