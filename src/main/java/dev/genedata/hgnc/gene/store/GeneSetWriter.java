package dev.genedata.hgnc.gene.store;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.genedata.hgnc.common.error.StateConflictException;
import dev.genedata.hgnc.config.HgncConfig;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.mutiny.redis.client.Command;

/**
 * Writes and retires whole gene sets in Redis db 0 (blocking; call it from a worker thread). A load
 * writes a new version beside the current one and swaps the pointer atomically at the end; one load
 * runs at a time, guarded by a lock with a time to live so a crashed loader cannot block the next.
 */
@ApplicationScoped
public class GeneSetWriter {

    private static final Logger LOG = Logger.getLogger(GeneSetWriter.class);

    private final Redis redis;
    private final HgncConfig config;

    GeneSetWriter(Redis redis, HgncConfig config) {
        this.redis = redis;
        this.config = config;
    }

    /**
     * Takes the load lock, numbers a new version and takes a connection of its own for the load's writes.
     *
     * @throws StateConflictException when another load holds the lock
     */
    public PendingGeneSet begin() {
        String token = UUID.randomUUID().toString();
        Response locked = send(Request.cmd(Command.SET).arg(GeneKeys.LOAD_LOCK).arg(token)
                .arg("NX").arg("PX").arg(config.data().loadLockTtl().toMillis()));
        if (locked == null) {
            throw new StateConflictException("another load of the data set is in progress; try again when it has finished");
        }
        try {
            long version = send(Request.cmd(Command.INCR).arg(GeneKeys.VERSION_SEQ)).toLong();
            return new PendingGeneSet(this, redis.connect().await().atMost(timeout()), version, token);
        } catch (RuntimeException e) {
            try {
                release(token);
            } catch (RuntimeException releaseFailed) {
                e.addSuppressed(releaseFailed);
            }
            throw e;
        }
    }

    /**
     * Removes the current set: readers see no set at once; its keys expire after the retired-set grace, or go
     * at the next load.
     *
     * @return how many records it held; 0 when none was loaded
     */
    public long deleteCurrent() {
        Replaced old = swap("");
        return old == null ? 0 : old.records();
    }

    /** Makes {@code version} current; the one it replaces is retired. Returns the replaced version, or null. */
    Replaced swap(String version) {
        List<String> args = new java.util.ArrayList<>();
        args.add(version);
        args.add(Long.toString(config.data().retiredTtl().toMillis()));
        args.addAll(GeneKeys.suffixes());
        Response old = await(GeneKeys.SWAP_CURRENT.run(redis, List.of(GeneKeys.CURRENT, GeneKeys.RETIRED), args));
        return old == null ? null : new Replaced(old.get(0).toLong(), old.get(1).toLong());
    }

    /**
     * A set a swap replaced.
     *
     * @param version its version
     * @param records how many records it held, counted in the swap itself
     */
    record Replaced(long version, long records) {
    }

    /**
     * Deletes every key of a version that never became current, over the load's own connection: Redis takes
     * it after every write the load has sent, so none of them can bring a key back.
     */
    void discard(RedisConnection connection, long version) {
        Request unlink = Request.cmd(Command.UNLINK);
        GeneKeys.suffixes().forEach(suffix -> unlink.arg(GeneKeys.key(version, suffix)));
        await(connection.send(unlink));
        LOG.debugf("Discarded the keys of unfinished data version %d", version);
    }

    /** Releases the load lock if this load still holds it. */
    void release(String token) {
        await(GeneKeys.RELEASE_LOCK.run(redis, List.of(GeneKeys.LOAD_LOCK), List.of(token)));
    }

    Duration timeout() {
        return config.redis().timeout();
    }

    Response send(Request request) {
        return await(redis.send(request));
    }

    private Response await(io.smallrye.mutiny.Uni<Response> reply) {
        return reply.await().atMost(timeout());
    }
}
