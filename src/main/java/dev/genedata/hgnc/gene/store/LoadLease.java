package dev.genedata.hgnc.gene.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import dev.genedata.hgnc.redis.RedisFailures;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;

/**
 * The lease of one running load, as a worker holds one for its jobs: {@value GeneKeys#LOAD_LOCK} holds the load's
 * token for {@code hgnc.data.load-lease}, and a timer renews it every third of that, together with the time to live
 * of the keys the load has written ({@link GeneKeys#RENEW_LOAD}). A loader that dies stops renewing, so its lock and
 * its partial set expire within one lease, however long loads take; a load that is merely paused past its lease
 * finds at the swap that the lock is no longer its own ({@link GeneKeys#SWAP_CURRENT}).
 */
final class LoadLease implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LoadLease.class);

    private final Redis redis;
    private final Vertx vertx;
    private final String token;
    private final long version;
    private final Duration duration;
    private final long timer;
    private volatile boolean closed;

    /**
     * Starts renewing a lock already taken with {@code token}.
     *
     * @param version the version the load writes, whose keys are renewed with the lock
     * @param duration the lease: the time to live the lock and the keys get at each renewal
     */
    LoadLease(Redis redis, Vertx vertx, String token, long version, Duration duration) {
        this.redis = redis;
        this.vertx = vertx;
        this.token = token;
        this.version = version;
        this.duration = duration;
        this.timer = vertx.setPeriodic(Math.max(1, duration.toMillis() / 3), tick -> renew());
    }

    /** The token the lock holds for this load. */
    String token() {
        return token;
    }

    /** The time to live, in ms, of each key the load creates. */
    long millis() {
        return duration.toMillis();
    }

    private void renew() {
        List<String> args = new ArrayList<>(List.of(token, Long.toString(millis()), Long.toString(version)));
        args.addAll(GeneKeys.suffixes());
        GeneKeys.RENEW_LOAD.run(redis, List.of(GeneKeys.LOAD_LOCK), args).subscribe().with(reply -> {
            if (reply.toLong() == 0 && !closed) {
                close();
                LOG.warnf("The load of data version %d lost the load lock (its lease of %s ran out before a renewal); "
                        + "its keys expire and its swap will be refused", version, duration);
            }
        }, failure -> LOG.warnf("Renewing the lease of the load of data version %d failed: %s", version,
                RedisFailures.reason(failure)));
    }

    /** Stops renewing; the lock and the keys keep the time to live they have. */
    @Override
    public void close() {
        closed = true;
        vertx.cancelTimer(timer);
    }
}
