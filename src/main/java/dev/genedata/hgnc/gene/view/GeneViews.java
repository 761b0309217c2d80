package dev.genedata.hgnc.gene.view;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.genedata.hgnc.common.error.ServiceException;
import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.gene.store.GeneKeys;
import dev.genedata.hgnc.gene.store.GeneStore;
import dev.genedata.hgnc.redis.RedisFailures;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.core.buffer.Buffer;

/**
 * The read view of this API replica: the {@link GeneView} of Redis's current data version, rebuilt in the
 * background whenever that version changes, while the previous view keeps answering. A replica hears of a
 * new version from the channel every swap publishes on ({@link GeneKeys#VERSIONS_CHANNEL}), whichever
 * replica did the load, and compares versions every {@code hgnc.view.check-every} in case it missed a
 * message (Redis restarted, the subscription dropped). Workers build no view.
 */
@ApplicationScoped
public class GeneViews {

    private static final Logger LOG = Logger.getLogger(GeneViews.class);
    /** Records read from Redis per request while building. */
    private static final int CHUNK = 2000;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final GeneStore store;
    private final ReactiveRedisDataSource redis;
    private final HgncConfig config;
    private final AtomicReference<GeneView> current = new AtomicReference<>();
    private final AtomicBoolean building = new AtomicBoolean();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gene-view-builder");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Cancellable subscription;

    GeneViews(GeneStore store, ReactiveRedisDataSource redis, HgncConfig config) {
        this.store = store;
        this.redis = redis;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (config.role().servesApi()) {
            subscribe();
            builder.submit(this::refresh);
        }
    }

    @PreDestroy
    void stop() {
        Cancellable listening = subscription;
        if (listening != null) {
            listening.cancel();
        }
        builder.shutdownNow();
    }

    /**
     * The current view; empty until the first one is built.
     */
    public Optional<GeneView> current() {
        return Optional.ofNullable(current.get());
    }

    /**
     * The current view, for a route that cannot answer without one.
     *
     * @throws ServiceException 503 while this replica builds its first view
     */
    public GeneView require() {
        GeneView view = current.get();
        if (view == null) {
            throw new ServiceException(503, "this replica is still building its search view of the data; try again "
                    + "in a few seconds");
        }
        return view;
    }

    /** Compares the view's version with Redis's and rebuilds it when they differ; also resubscribes if needed. */
    @Scheduled(every = "{hgnc.view.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        if (!config.role().servesApi()) {
            return;
        }
        if (subscription == null) {
            subscribe();
        }
        if (!building.get()) {
            builder.submit(this::refresh);
        }
    }

    /**
     * Builds the view of Redis's current version unless it is the one held; blocking, on the builder thread.
     * A failure keeps the previous view and is tried again at the next check.
     */
    void refresh() {
        if (!building.compareAndSet(false, true)) {
            return;
        }
        try {
            Long version = store.currentVersion().await().atMost(TIMEOUT);
            long wanted = version == null ? 0 : version;
            GeneView held = current.get();
            if (held != null && held.version() == wanted) {
                return;
            }
            long started = System.nanoTime();
            GeneView view = build(wanted);
            if (view != null) {
                current.set(view);
                LOG.infof("Search view of data version %d built: %d records in %d ms (%d exact values, %d KiB)",
                        view.version(), view.size(), (System.nanoTime() - started) / 1_000_000,
                        view.exactValues().size(), view.exactValues().heapBytes() / 1024);
            }
        } catch (RuntimeException e) {
            if (RedisFailures.isUnavailable(e)) {
                LOG.warnf("Search view not rebuilt: Redis is unavailable (%s); the previous view keeps answering",
                        RedisFailures.reason(e));
            } else {
                LOG.errorf(e, "Search view not rebuilt; the previous view keeps answering");
            }
        } finally {
            building.set(false);
        }
    }

    /** The view of this version; null when the version was replaced while it was being read (the next check builds the newer one). */
    private GeneView build(long version) {
        try (GeneViewBuilder view = new GeneViewBuilder(version)) {
            if (version == 0) {
                return view.build();
            }
            GeneStore.IndexRead read = store.ids(List.of()).await().atMost(TIMEOUT);
            if (read == null || read.version() != version) {
                return null;
            }
            int[] ids = read.all();
            var next = store.records(version, ids, 0, Math.min(ids.length, CHUNK)).subscribeAsCompletionStage();
            for (int start = 0; start < ids.length; start += CHUNK) {
                List<Buffer> chunk = next.join();
                int following = start + CHUNK;
                next = following < ids.length
                        ? store.records(version, ids, following, Math.min(ids.length, following + CHUNK))
                                .subscribeAsCompletionStage()
                        : null;
                for (Buffer record : chunk) {
                    if (record == null) {
                        LOG.debugf("Data version %d was deleted while its view was being built", version);
                        return null;
                    }
                    view.add(record.getBytes());
                }
            }
            return view.build();
        }
    }

    private synchronized void subscribe() {
        if (subscription != null) {
            return;
        }
        subscription = redis.pubsub(String.class).subscribe(GeneKeys.VERSIONS_CHANNEL)
                .subscribe().with(
                        message -> {
                            LOG.debugf("Data version %s announced", message.isEmpty() ? "(none)" : message);
                            builder.submit(this::refresh);
                        },
                        failure -> {
                            LOG.debugf("Versions channel dropped (%s); the periodic check covers until it is back",
                                    RedisFailures.reason(failure));
                            subscription = null;
                        },
                        () -> subscription = null);
    }
}
