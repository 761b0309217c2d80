package dev.genedata.hgnc.gene.view;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.genedata.hgnc.common.error.NotReadyException;
import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.gene.store.GeneStore;
import dev.genedata.hgnc.redis.RedisFailures;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;

/**
 * The read view of this API replica: the {@link GeneView} of Redis's current data version, rebuilt in the
 * background whenever that version changes, while the previous view keeps answering. A replica hears of a
 * new version from the channel every swap publishes on ({@link GeneStore#versions()}), whichever
 * replica did the load, and compares versions every {@code hgnc.view.check-every} in case it missed a
 * message (Redis restarted, the subscription dropped). Workers build no view.
 */
@ApplicationScoped
public class GeneViews {

    private static final Logger LOG = Logger.getLogger(GeneViews.class);
    /** Records read from Redis per request while building. */
    private static final int CHUNK = 2000;

    private final GeneStore store;
    private final HgncConfig config;
    private final AtomicReference<GeneView> current = new AtomicReference<>();
    private final AtomicBoolean building = new AtomicBoolean();
    /** The latest version known to be current (a swap here or a message); -1 until one is known. */
    private final AtomicLong announced = new AtomicLong(-1);
    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gene-view-builder");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Cancellable subscription;
    /** Why the last refresh failed, when Redis was unavailable; null after one that did not. */
    private volatile RuntimeException unavailable;
    /** Completed at the end of the next refresh, whatever its outcome: what {@link #fresh()} waits on. */
    private volatile CompletableFuture<Void> nextRefresh = new CompletableFuture<>();

    GeneViews(GeneStore store, HgncConfig config) {
        this.store = store;
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
     * The view, only if it is of the latest version this replica knows to be current: a lookup that must
     * read its own writes uses it, and Redis while it is empty (no view yet, or one being rebuilt).
     */
    public Optional<GeneView> upToDate() {
        GeneView view = current.get();
        long latest = announced.get();
        return view != null && (latest < 0 || view.version() == latest) ? Optional.of(view) : Optional.empty();
    }

    /**
     * The view of the latest version this replica knows to be current, for a route that must read the writes
     * it knows of ({@code GET /genes} right after a load): when that view is still being built, the answer
     * waits for it, at most {@code hgnc.redis.timeout}, since the build reads Redis.
     *
     * @return the view; a {@link NotReadyException} failure when it is not built in time, or Redis's failure when
     *         the last build failed for want of Redis
     */
    public Uni<GeneView> fresh() {
        long deadline = System.nanoTime() + config.redis().timeout().toNanos();
        return Uni.createFrom().deferred(() -> fresh(deadline));
    }

    private Uni<GeneView> fresh(long deadline) {
        CompletableFuture<Void> next = nextRefresh; // taken before the check, so that no refresh goes unseen
        Optional<GeneView> view = upToDate();
        if (view.isPresent()) {
            return Uni.createFrom().item(view.get());
        }
        RuntimeException failed = unavailable;
        if (failed != null) {
            return Uni.createFrom().failure(failed);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            long latest = announced.get();
            return Uni.createFrom().failure(new NotReadyException("this replica is still building its view of "
                    + (latest < 0 ? "the data" : "data version " + latest) + "; try again in a few seconds"));
        }
        // a waiter that gives up cancels its own copy, not what the others wait on
        return Uni.createFrom().completionStage(next.copy()).ifNoItem().after(Duration.ofNanos(left))
                .recoverWithItem((Void) null).flatMap(refreshed -> fresh(deadline));
    }

    /**
     * Says that {@code version} is now current (0: no set), as this replica's own load or delete or a swap
     * message tells: until the view is rebuilt for it, {@link #upToDate()} is empty.
     */
    public void announce(long version) {
        announced.set(version);
        if (config.role().servesApi()) {
            builder.submit(this::refresh);
        }
    }

    /**
     * The current view, for a route that cannot answer without one. While a newer version is being indexed the
     * previous view answers, unless it holds no records: then a set was just loaded where there was none, and
     * answering "nothing found" from the empty view would be wrong, not merely old.
     *
     * @throws NotReadyException while this replica builds its first view, or the first one with records
     */
    public GeneView require() {
        GeneView view = current.get();
        if (!answers(view, announced.get())) {
            throw new NotReadyException("this replica is still building its search view of the data; try again "
                    + "in a few seconds");
        }
        return view;
    }

    /** Whether a view may answer while {@code latest} is the newest version known to be current (-1: none known). */
    static boolean answers(GeneView view, long latest) {
        return view != null && (view.size() > 0 || latest <= 0 || view.version() == latest);
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
        long known = announced.get();
        unavailable = null;
        try {
            Long version = store.currentVersion().await().atMost(config.redis().timeout());
            long wanted = version == null ? 0 : version;
            GeneView held = current.get();
            if (held != null && held.version() == wanted) {
                announced.compareAndSet(known, wanted);
                return;
            }
            long started = System.nanoTime();
            GeneView view = build(wanted);
            if (view != null) {
                current.set(view);
                announced.compareAndSet(known, view.version()); // unless a newer version was announced meanwhile
                LOG.infof("Search view of data version %d built: %d records in %d ms (%d exact values, %d KiB)",
                        view.version(), view.size(), (System.nanoTime() - started) / 1_000_000,
                        view.exactValues().size(), view.exactValues().heapBytes() / 1024);
            }
        } catch (RuntimeException e) {
            if (RedisFailures.isUnavailable(e)) {
                unavailable = e;
                LOG.warnf("Search view not rebuilt: Redis is unavailable (%s); the previous view keeps answering",
                        RedisFailures.reason(e));
            } else {
                LOG.errorf(e, "Search view not rebuilt; the previous view keeps answering");
            }
        } finally {
            building.set(false);
            CompletableFuture<Void> refreshed = nextRefresh;
            nextRefresh = new CompletableFuture<>();
            refreshed.complete(null);
        }
    }

    /** The view of this version; null when the version was replaced while it was being read (the next check builds the newer one). */
    private GeneView build(long version) {
        int[] ids = new int[0];
        if (version != 0) {
            GeneStore.VersionedIds read = store.ids().await().atMost(config.redis().timeout());
            if (read == null || read.version() != version) {
                return null;
            }
            ids = read.all();
        }
        try (GeneViewBuilder view = new GeneViewBuilder(version, ids.length)) {
            Uni<List<Buffer>> next = prefetch(version, ids, 0);
            for (int start = 0; start < ids.length; start += CHUNK) {
                List<Buffer> chunk = next.await().atMost(config.redis().timeout());
                next = prefetch(version, ids, start + CHUNK);
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

    /** Asks Redis for the chunk of records from {@code from} now, so that it arrives while the one before is indexed. */
    private Uni<List<Buffer>> prefetch(long version, int[] ids, int from) {
        if (from >= ids.length) {
            return Uni.createFrom().item(List.of());
        }
        Uni<List<Buffer>> chunk = store.records(version, ids, from, Math.min(ids.length, from + CHUNK)).memoize().indefinitely();
        chunk.subscribe().with(records -> { }, failure -> { }); // the failure surfaces where the chunk is awaited
        return chunk;
    }

    private synchronized void subscribe() {
        if (subscription != null) {
            return;
        }
        subscription = store.versions()
                .subscribe().with(
                        version -> {
                            LOG.debugf("Data version %d announced", version);
                            announce(version);
                        },
                        failure -> {
                            LOG.debugf("Versions channel dropped (%s); the periodic check covers until it is back",
                                    RedisFailures.reason(failure));
                            subscription = null;
                        },
                        () -> subscription = null);
    }
}
