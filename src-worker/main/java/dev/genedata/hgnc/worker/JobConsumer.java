package dev.genedata.hgnc.worker;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.job.store.JobQueue;
import dev.genedata.hgnc.redis.RedisFailures;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * The scheduled consumer: drains the queue into up to {@code hgnc.worker.concurrency} jobs at once,
 * and renews the leases of the jobs it runs. While Redis is unavailable it backs off exponentially
 * (up to {@code hgnc.worker.max-backoff}) and never dies.
 */
@ApplicationScoped
@Startup
public class JobConsumer {

    private static final Logger LOG = Logger.getLogger(JobConsumer.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final JobQueue queue;
    private final JobRunner runner;
    private final WorkerIdentity identity;
    private final HgncConfig config;
    private final ExecutorService executor;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private volatile long pausedUntil;
    private volatile long backoffMs;

    JobConsumer(JobQueue queue, JobRunner runner, WorkerIdentity identity, HgncConfig config) {
        this.queue = queue;
        this.runner = runner;
        this.identity = identity;
        this.config = config;
        this.executor = Executors.newFixedThreadPool(Math.max(1, config.worker().concurrency()), r -> {
            Thread thread = new Thread(r, "hgnc-job");
            thread.setDaemon(true);
            return thread;
        });
        if (config.role().runsWorker()) {
            LOG.infof("Worker %s runs up to %d jobs at once (lease %s, %d attempts per job)", identity.id(),
                    config.worker().concurrency(), config.worker().lease(), config.worker().maxAttempts());
        }
    }

    /** Takes jobs while there are free slots and queued jobs. */
    @Scheduled(every = "{hgnc.worker.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        if (!config.role().runsWorker() || System.currentTimeMillis() < pausedUntil) {
            return;
        }
        try {
            while (running.size() < config.worker().concurrency()) {
                String id = queue.take(identity.id(), config.worker().lease()).await().atMost(TIMEOUT);
                if (id == null) {
                    break;
                }
                running.add(id);
                executor.execute(() -> {
                    try {
                        runner.run(identity.id(), id);
                    } finally {
                        running.remove(id);
                    }
                });
            }
            backoffMs = 0;
        } catch (RuntimeException e) {
            backOff(e);
        }
    }

    /** Keeps the leases of running jobs alive. */
    @Scheduled(every = "{hgnc.worker.renew-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void renewLeases() {
        for (String id : running) {
            try {
                if (!queue.renew(identity.id(), id, config.worker().lease()).await().atMost(TIMEOUT)) {
                    LOG.warnf("Job %s: this worker lost its lease; another worker may run it again", id);
                }
            } catch (RuntimeException e) {
                LOG.warnf("Job %s: could not renew the lease: %s", id, RedisFailures.reason(e));
            }
        }
    }

    /** Jobs running in this process now. */
    public int running() {
        return running.size();
    }

    private void backOff(RuntimeException e) {
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

    @PreDestroy
    void stop() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warnf("Worker %s stopped with %d jobs running; their leases will expire and they will be reaped",
                        identity.id(), running.size());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
