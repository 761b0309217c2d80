package dev.genedata.hgnc.job.store;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.redis.client.RedisClientName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;

/**
 * Job results in Redis db 3, and the one owner of their key scheme: {@code result:{id}} holds the
 * outcome JSON, {@code result:{id}:chart} the PNG bytes. Both expire with the job. Writing a result
 * again replaces it, so a job re-run after a crash leaves exactly one.
 */
@ApplicationScoped
public class ResultStore {

    private final Redis redis;

    ResultStore(@RedisClientName("results") Redis redis) {
        this.redis = redis;
    }

    private static String key(String id) {
        return "result:" + id;
    }

    private static String chartKey(String id) {
        return "result:" + id + ":chart";
    }

    /** Saves (or replaces) a job's outcome and chart, both living for {@code ttl}. */
    public Uni<Void> save(String id, String json, byte[] png, Duration ttl) {
        long ms = ttl.toMillis();
        return redis.batch(List.of(
                Request.cmd(Command.SET).arg(key(id)).arg(json).arg("PX").arg(ms),
                Request.cmd(Command.SET).arg(chartKey(id)).arg(png).arg("PX").arg(ms))).replaceWithVoid();
    }

    /** The outcome JSON, or a {@code null} item. */
    public Uni<String> json(String id) {
        return redis.send(Request.cmd(Command.GET).arg(key(id))).map(reply -> reply == null ? null : reply.toString());
    }

    /** The chart PNG, or a {@code null} item. */
    public Uni<Buffer> chart(String id) {
        return redis.send(Request.cmd(Command.GET).arg(chartKey(id))).map(reply -> reply == null ? null : reply.toBuffer());
    }

    /** Deletes a job's outcome and chart. */
    public Uni<Void> delete(String id) {
        return redis.send(Request.cmd(Command.DEL).arg(key(id)).arg(chartKey(id))).replaceWithVoid();
    }
}
