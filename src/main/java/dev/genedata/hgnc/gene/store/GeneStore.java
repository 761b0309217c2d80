package dev.genedata.hgnc.gene.store;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.mutiny.redis.client.Command;

/**
 * Reads the loaded gene set from Redis db 0 without blocking. Every read goes to one version of the
 * set (see {@link GeneKeys}): a read that starts on a version stays on it even if a load swaps in a
 * new one meanwhile, for the retired-set grace; a second swap deletes it sooner, and then its records read
 * as missing.
 */
@ApplicationScoped
public class GeneStore {

    private final Redis redis;
    private final ReactiveRedisDataSource dataSource;

    GeneStore(Redis redis, ReactiveRedisDataSource dataSource) {
        this.redis = redis;
        this.dataSource = dataSource;
    }

    /**
     * One record as stored (UTF-8 JSON), in one round trip.
     *
     * @return the record; a {@code null} item when the id is not in the set or no set is loaded
     */
    public Uni<Buffer> record(int id) {
        return readCurrent(List.of(GeneKeys.GENES, Integer.toString(id)))
                .map(read -> read == null ? null : read.buffer(0));
    }

    /**
     * Every data version a swap makes current from now on, as it happens (0 when the set was deleted), from the
     * channel the swap publishes on ({@link GeneKeys#VERSIONS_CHANNEL}). Each subscription holds a connection of its
     * own; it fails or completes when Redis drops it.
     */
    public Multi<Long> versions() {
        return dataSource.pubsub(String.class).subscribe(GeneKeys.VERSIONS_CHANNEL)
                .map(message -> message.isEmpty() ? 0L : Long.parseLong(message));
    }

    /** The current data version; a {@code null} item when no set is loaded. */
    public Uni<Long> currentVersion() {
        return redis.send(Request.cmd(Command.GET).arg(GeneKeys.CURRENT))
                .map(reply -> reply == null ? null : reply.toLong());
    }

    /**
     * The current version and its analysis columns, read together in one atomic step; a {@code null} item when no
     * set is loaded. Versions never change, so a caller may keep what it read for as long as the version is current.
     */
    public Uni<VersionedColumns> currentColumns() {
        return readCurrent(List.of(GeneKeys.COLUMNS, ""))
                .map(read -> read == null ? null : new VersionedColumns(read.version(), read.buffer(0)));
    }

    /** The summary JSON of the current set; a {@code null} item when no set is loaded. */
    public Uni<String> info() {
        return readCurrent(List.of(GeneKeys.INFO, ""))
                .map(read -> read == null ? null : read.text(0));
    }

    /**
     * Every id of the current set, ascending, with the version it comes from, read in one atomic step.
     *
     * @return a {@code null} item when no set is loaded
     */
    public Uni<VersionedIds> ids() {
        return readCurrent(List.of(GeneKeys.IDS, ""))
                .map(read -> read == null ? null : new VersionedIds(read.version(), PackedIds.unpack(read.text(0))));
    }

    /**
     * Records of one version, in the order of the ids given; a missing one (its version expired) is
     * a {@code null} element.
     */
    public Uni<List<Buffer>> records(long version, int[] ids, int from, int to) {
        Request request = Request.cmd(Command.HMGET).arg(GeneKeys.key(version, GeneKeys.GENES));
        for (int i = from; i < to; i++) {
            request.arg(ids[i]);
        }
        return redis.send(request).map(response -> {
            List<Buffer> records = new ArrayList<>(to - from);
            for (Response value : response) {
                records.add(value == null ? null : value.toBuffer());
            }
            return records;
        });
    }

    private Uni<CurrentRead> readCurrent(List<String> args) {
        return GeneKeys.READ_CURRENT.run(redis, List.of(GeneKeys.CURRENT), args)
                .map(response -> response == null ? null : new CurrentRead(response));
    }

    /** The current version and its analysis columns as JSON. */
    public record VersionedColumns(long version, Buffer json) {
    }

    /** Every id of one version, ascending. */
    public record VersionedIds(long version, int[] all) {
    }

    /** The reply of {@link GeneKeys#READ_CURRENT}: the version, then one value per probe. */
    private record CurrentRead(Response response) {

        long version() {
            return response.get(0).toLong();
        }

        Buffer buffer(int probe) {
            Response value = response.get(probe + 1);
            return value == null ? null : value.toBuffer();
        }

        String text(int probe) {
            Response value = response.get(probe + 1);
            return value == null ? null : value.toString();
        }
    }
}
