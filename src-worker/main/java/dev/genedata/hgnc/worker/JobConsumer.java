package dev.genedata.hgnc.worker;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.job.store.JobQueue;
import dev.genedata.hgnc.redis.RedisFailures;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * The scheduled consumer. Each tick of {@code hgnc.worker.poll-every} renews this worker's lease and makes
 * sure its drain loop runs. The loop, on a thread of its own, waits on the queue with {@code BLMOVE}
 * whenever one of its {@code hgnc.worker.concurrency} slots is free, so a job submitted to an idle worker
 * starts within milliseconds, whatever the tick. It takes a job only while the lease is fresh (renewed
 * within half the lease time): a worker that cannot renew its lease stops taking work before the reaper
 * could hand its jobs to another. While Redis is unavailable it backs off exponentially (up to
 * {@code hgnc.worker.max-backoff}) and never dies; once Redis answers again, it gives back to the queue the
 * jobs the failure interrupted, which no reaper would take while this worker renews its lease.
 */
@ApplicationScoped
@Startup
public class JobConsumer {

    private static final Logger LOG = Logger.getLogger(JobConsumer.class);
    private static final long WAIT_MS = 250;

    private final JobQueue queue;
    private final JobRunner runner;
    private final JobReaper reaper;
    private final WorkerIdentity identity;
    private final HgncConfig config;
    private final Duration timeout;
    private final ExecutorService executor;
    private final ExecutorService drainer;
    private final Semaphore slots;
    private final AtomicBoolean draining = new AtomicBoolean();
    /** The jobs this worker's threads run now; any other job on its list is a stray to give back. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    /** Set when a job may have been left on this worker's list (a Redis failure); cleared by the drain loop. */
    private volatile boolean strays;
    private volatile long leaseRenewedAt;
    private volatile long pausedUntil;
    private volatile long backoffMs;
    private volatile boolean stopping;

    JobConsumer(JobQueue queue, JobRunner runner, JobReaper reaper, WorkerIdentity identity, HgncConfig config) {
        this.queue = queue;
        this.runner = runner;
        this.reaper = reaper;
        this.identity = identity;
        this.config = config;
        this.timeout = config.redis().timeout();
        int concurrency = Math.max(1, config.worker().concurrency());
        this.slots = new Semaphore(concurrency);
        this.executor = Executors.newFixedThreadPool(concurrency, daemon("hgnc-job"));
        this.drainer = Executors.newSingleThreadExecutor(daemon("hgnc-queue"));
        if (config.role().runsWorker()) {
            LOG.infof("Worker %s runs up to %d jobs at once (lease %s, %d attempts per job)", identity.id(),
                    concurrency, config.worker().lease(), config.worker().maxAttempts());
        }
    }

    /** Renews the lease and starts the drain loop when it is not running. */
    @Scheduled(every = "{hgnc.worker.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        if (!config.role().runsWorker() || stopping || System.currentTimeMillis() < pausedUntil) {
            return;
        }
        try {
            queue.heartbeat(identity.id(), config.worker().lease()).await().atMost(timeout);
            leaseRenewedAt = System.currentTimeMillis();
        } catch (RuntimeException e) {
            backOff(e);
            return;
        }
        if (draining.compareAndSet(false, true)) {
            drainer.execute(this::drain);
        }
    }

    /** Takes jobs while slots are free and the lease is fresh, until shutdown or an unexpected error. */
    private void drain() {
        try {
            while (!stopping) {
                if (!leaseIsFresh() || System.currentTimeMillis() < pausedUntil) {
                    Thread.sleep(WAIT_MS / 5);
                    continue;
                }
                if (!giveBackStrays() || !slots.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                try {
                    String id = takeOrRelease(WAIT_MS);
                    if (id != null) {
                        dispatch(id);
                    }
                    backoffMs = 0;
                } catch (RuntimeException e) {
                    backOff(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            draining.set(false);
        }
    }

    private boolean leaseIsFresh() {
        return System.currentTimeMillis() - leaseRenewedAt < config.worker().lease().toMillis() / 2;
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private String takeOrRelease(long waitMs) {
        try {
            String id = queue.take(identity.id(), Duration.ofMillis(waitMs)).await().atMost(timeout);
            if (id == null) {
                slots.release();
            }
            return id;
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /**
     * Starts a run of a job just taken, unless one of this worker's threads still runs it: a worker paused past
     * its lease can take back the job a reaper queued again. That older run learns at its next step that the job
     * was queued again and leaves it on the list to be given back; a second run here would have its entry
     * acknowledged away by the first. The caller holds one of the slots; the run, or the refusal, releases it.
     *
     * @return whether a run started
     */
    boolean dispatch(String id) {
        if (!running.add(id)) {
            LOG.warnf("Job %s taken again while a thread of this worker still runs it; left on the list to be given back", id);
            slots.release();
            strays = true;
            return false;
        }
        executor.execute(() -> run(id));
        return true;
    }

    /** Whether one of this worker's threads runs the job now. */
    boolean runs(String id) {
        return running.contains(id);
    }

    private void run(String id) {
        boolean done = true;
        try {
            done = runner.run(identity.id(), id);
        } finally {
            running.remove(id);
            slots.release();
            if (!done) {
                strays = true;
            }
        }
    }

    /**
     * Gives back to the queue the jobs on this worker's list that none of its threads runs. Runs on the drain
     * thread, between takes, so a job just taken is always in {@link #running} already.
     *
     * @return false when Redis failed (the worker backs off and tries again)
     */
    private boolean giveBackStrays() {
        if (!strays) {
            return true;
        }
        strays = false;
        try {
            int given = reaper.reclaim(identity.id(), running);
            if (given > 0) {
                LOG.infof("Worker %s gave back %d interrupted job(s)", identity.id(), given);
            }
            return true;
        } catch (RuntimeException e) {
            backOff(e);
            return false;
        }
    }

    /**
     * Pauses lease renewal and taking for a delay that doubles from 500 ms up to {@code hgnc.worker.max-backoff}
     * while failures repeat; a successful take ends it. Written by hand, not as a SmallRye Fault Tolerance
     * {@code @Retry}, because it is not one call retried on one thread: the pause is shared by the tick that
     * renews the lease and the drain thread that takes jobs (a failure on either holds both), it never gives up
     * yet ends at once on shutdown, and each failure also marks the jobs it may have cut off for giving back
     * once Redis answers.
     */
    private void backOff(RuntimeException e) {
        if (stopping) {
            return;
        }
        strays = true; // a take or a job may have been cut off mid-way
        long max = config.worker().maxBackoff().toMillis();
        backoffMs = backoffMs == 0 ? 500 : Math.min(max, backoffMs * 2);
        pausedUntil = System.currentTimeMillis() + backoffMs;
        if (RedisFailures.isUnavailable(e)) {
            LOG.warnf("Worker %s: Redis is unavailable (%s); retrying in %d ms", identity.id(),
                    RedisFailures.reason(e), backoffMs);
        } else {
            LOG.errorf(e, "Worker %s: taking a job failed; retrying in %d ms", identity.id(), backoffMs);
        }
    }

    /** Stops taking jobs as soon as shutdown begins, before the Redis clients close. */
    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @PreDestroy
    void stop() {
        stopping = true;
        drainer.shutdown();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warnf("Worker %s stopped with jobs running; its lease will expire and they will be reaped",
                        identity.id());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
