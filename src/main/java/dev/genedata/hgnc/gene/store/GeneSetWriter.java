package dev.genedata.hgnc.gene.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.genedata.hgnc.common.error.ConcurrentChangeException;
import dev.genedata.hgnc.common.error.StateConflictException;
import dev.genedata.hgnc.config.HgncConfig;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.redis.client.ResponseType;

/**
 * Writes and retires whole gene sets in Redis db 0 (blocking; call it from a worker thread). A load
 * writes a new version beside the current one and swaps the pointer atomically at the end; one load
 * runs at a time, guarded by a lock that the loader holds on a short lease ({@link LoadLease}), so that the
 * lock and the partial set of a loader that died go within seconds while a live load keeps both.
 */
@ApplicationScoped
public class GeneSetWriter {

    private static final Logger LOG = Logger.getLogger(GeneSetWriter.class);

    private final Redis redis;
    private final Vertx vertx;
    private final HgncConfig config;

    GeneSetWriter(Redis redis, Vertx vertx, HgncConfig config) {
        this.redis = redis;
        this.vertx = vertx;
        this.config = config;
    }

    /**
     * Takes the load lock, deletes what earlier loads left behind, numbers a new version, takes a connection of its
     * own for the load's writes and starts renewing the lease.
     *
     * @throws StateConflictException when another load holds the lock
     */
    public PendingGeneSet begin() {
        String token = UUID.randomUUID().toString();
        Duration lease = config.data().loadLease();
        Response locked = send(Request.cmd(Command.SET).arg(GeneKeys.LOAD_LOCK).arg(token)
                .arg("NX").arg("PX").arg(lease.toMillis()));
        if (locked == null) {
            throw new StateConflictException("another load of the data set is in progress; try again when it has "
                    + "finished (the lock of a load whose process died frees itself within " + lease.toSeconds() + " s)");
        }
        try {
            long orphans = await(GeneKeys.DELETE_ORPHANS.run(redis, List.of(GeneKeys.CURRENT, GeneKeys.RETIRED), List.of()))
                    .toLong();
            if (orphans > 0) {
                LOG.infof("Deleted %d keys of data versions that never became current (loads that died)", orphans);
            }
            long version = send(Request.cmd(Command.INCR).arg(GeneKeys.VERSION_SEQ)).toLong();
            RedisConnection connection = redis.connect().await().atMost(timeout());
            return new PendingGeneSet(this, connection, version, new LoadLease(redis, vertx, token, version, lease));
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
        Replaced old = swap("", "");
        return old == null ? 0 : old.records();
    }

    /**
     * Makes {@code version} current; the one it replaces is retired. A load names its lock token, which the swap
     * checks and releases in the same step; a delete passes an empty one.
     *
     * @return the replaced version, or null
     * @throws ConcurrentChangeException when the lock no longer holds {@code lockToken}: the load's lease ran out
     */
    Replaced swap(String version, String lockToken) {
        List<String> args = new ArrayList<>(List.of(version, Long.toString(config.data().retiredTtl().toMillis()), lockToken));
        args.addAll(GeneKeys.suffixes());
        Response old = await(GeneKeys.SWAP_CURRENT.run(redis,
                List.of(GeneKeys.CURRENT, GeneKeys.RETIRED, GeneKeys.LOAD_LOCK), args));
        if (old == null) {
            return null;
        }
        if (old.type() == ResponseType.NUMBER) {
            throw new ConcurrentChangeException("the load stalled for longer than its lease (hgnc.data.load-lease, "
                    + config.data().loadLease().toSeconds() + " s) and lost the load lock, so its keys may have expired; "
                    + "the current set is unchanged: load again");
        }
        return new Replaced(old.get(0).toLong(), old.get(1).toLong());
    }

    /**
     * How much memory Redis uses and allows, and how much the current set takes, as {@code INFO memory} and
     * {@code MEMORY USAGE} (every field counted) tell; for the answer to a load that Redis refused for lack of memory.
     */
    public RedisMemory memory() {
        String info = send(Request.cmd(Command.INFO).arg("memory")).toString();
        Response current = send(Request.cmd(Command.GET).arg(GeneKeys.CURRENT));
        long set = 0;
        if (current != null) {
            for (String suffix : GeneKeys.suffixes()) {
                Response usage = send(Request.cmd(Command.MEMORY).arg("USAGE")
                        .arg(GeneKeys.key(current.toLong(), suffix)).arg("SAMPLES").arg(0));
                set += usage == null ? 0 : usage.toLong();
            }
        }
        return new RedisMemory(infoField(info, "used_memory"), infoField(info, "maxmemory"), set);
    }

    private static long infoField(String info, String name) {
        return info.lines().filter(line -> line.startsWith(name + ":"))
                .mapToLong(line -> Long.parseLong(line.substring(name.length() + 1).trim()))
                .findFirst().orElse(0);
    }

    /**
     * Redis's memory, in bytes.
     *
     * @param used what Redis uses ({@code used_memory})
     * @param max its {@code maxmemory}; 0 when unlimited
     * @param currentSet what the keys of the current set take; 0 when none is loaded
     */
    public record RedisMemory(long used, long max, long currentSet) {
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
