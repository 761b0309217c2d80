package dev.genedata.hgnc.job.store;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.redis.client.RedisClientName;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;

/**
 * Job results in Redis db 3, and the one owner of their key scheme: {@code result:{id}} holds the
 * outcome JSON, {@code result:{id}:chart} the PNG bytes. Both expire with the job. Writing a result
 * again replaces it, so a job re-run after a crash leaves exactly one.
 */
@ApplicationScoped
public class ResultStore {

    private final ReactiveValueCommands<String, String> outcomes;
    private final ReactiveValueCommands<String, byte[]> charts;
    private final ReactiveKeyCommands<String> keys;

    ResultStore(@RedisClientName("results") ReactiveRedisDataSource redis) {
        this.outcomes = redis.value(String.class);
        this.charts = redis.value(byte[].class);
        this.keys = redis.key();
    }

    private static String key(String id) {
        return "result:" + id;
    }

    private static String chartKey(String id) {
        return "result:" + id + ":chart";
    }

    /** Saves (or replaces) a job's outcome and chart, both living for {@code ttl}. */
    public Uni<Void> save(String id, String json, byte[] png, Duration ttl) {
        return Uni.combine().all()
                .unis(outcomes.set(key(id), json, new SetArgs().px(ttl)), charts.set(chartKey(id), png, new SetArgs().px(ttl)))
                .discardItems();
    }

    /** The outcome JSON, or a {@code null} item. */
    public Uni<String> json(String id) {
        return outcomes.get(key(id));
    }

    /** The chart PNG, or a {@code null} item. */
    public Uni<Buffer> chart(String id) {
        return charts.get(chartKey(id)).map(png -> png == null ? null : Buffer.buffer(png));
    }

    /** Deletes a job's outcome and chart. */
    public Uni<Void> delete(String id) {
        return keys.del(key(id), chartKey(id)).replaceWithVoid();
    }
}
