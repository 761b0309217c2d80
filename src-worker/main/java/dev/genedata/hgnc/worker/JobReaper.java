package dev.genedata.hgnc.worker;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.job.model.Job;
import dev.genedata.hgnc.job.model.JobStatus;
import dev.genedata.hgnc.job.store.JobQueue;
import dev.genedata.hgnc.job.store.JobQueue.Orphan;
import dev.genedata.hgnc.job.store.JobStore;
import dev.genedata.hgnc.redis.RedisFailures;
import io.quarkus.scheduler.Scheduled;

/**
 * Finds jobs whose worker died (their lease expired) and puts them back in the queue, or fails them
 * for good after {@code hgnc.worker.max-attempts} starts. Every worker runs it; the reap itself is
 * atomic, so two reapers never requeue the same job twice. A living worker gives back the same way the
 * jobs of its own list that a Redis failure interrupted ({@link #reclaim}).
 */
@ApplicationScoped
public class JobReaper {

    private static final Logger LOG = Logger.getLogger(JobReaper.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final JobQueue queue;
    private final JobStore jobs;
    private final WorkerMetrics metrics;
    private final HgncConfig config;

    JobReaper(JobQueue queue, JobStore jobs, WorkerMetrics metrics, HgncConfig config) {
        this.queue = queue;
        this.jobs = jobs;
        this.metrics = metrics;
        this.config = config;
    }

    /** One sweep over every worker's list. */
    @Scheduled(every = "{hgnc.worker.reap-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        if (!config.role().runsWorker()) {
            return;
        }
        try {
            reapAll();
        } catch (RuntimeException e) {
            LOG.warnf("Reaping skipped: %s", RedisFailures.reason(e));
        }
    }

    /**
     * Reaps every orphan now.
     *
     * @return how many jobs this call took back
     */
    public int reapAll() {
        int reaped = 0;
        for (Orphan orphan : queue.orphans().await().atMost(TIMEOUT)) {
            if (reap(orphan)) {
                reaped++;
            }
        }
        return reaped;
    }

    /**
     * Gives back the jobs on a living worker's own list that none of its threads runs: those a Redis
     * failure interrupted, which no reaper takes while the worker renews its lease. Same rules as a reap.
     *
     * @param worker this worker's id
     * @param running the jobs its threads run now
     * @return how many jobs it gave back
     */
    public int reclaim(String worker, Set<String> running) {
        int reclaimed = 0;
        for (String id : queue.held(worker).await().atMost(TIMEOUT)) {
            if (!running.contains(id) && takeBack(new Orphan(worker, id), false)) {
                reclaimed++;
            }
        }
        return reclaimed;
    }

    private boolean reap(Orphan orphan) {
        return takeBack(orphan, true);
    }

    /** Takes a job off a worker's list: queued again, failed after too many attempts, or dropped when it ended. */
    private boolean takeBack(Orphan orphan, boolean workerDied) {
        Job job = jobs.get(orphan.job()).await().atMost(TIMEOUT);
        JobStatus status = job == null ? null : JobStatus.of(job.status()).orElse(null);
        boolean live = status == JobStatus.QUEUED || status == JobStatus.RUNNING;
        boolean retry = live && job.attempts() < config.worker().maxAttempts();
        boolean taken = workerDied ? queue.reap(orphan, retry).await().atMost(TIMEOUT)
                : queue.release(orphan, retry).await().atMost(TIMEOUT);
        if (!taken) {
            return false;
        }
        String how = workerDied ? "reaped from dead worker " + orphan.worker()
                : "given back by worker " + orphan.worker() + " (a Redis failure interrupted it)";
        if (!live) {
            LOG.infof("Job %s %s; it is %s", orphan.job(), how, status == null ? "gone" : status.id());
            return true;
        }
        metrics.reaped(job.analysis());
        if (retry) {
            jobs.transition(job.id(), EnumSet.of(JobStatus.RUNNING, JobStatus.QUEUED), JobStatus.QUEUED,
                    Map.of("progress", "0"), false, null).await().atMost(TIMEOUT);
            LOG.warnf("Job %s %s after %d attempt(s); queued again", job.id(), how, job.attempts());
        } else {
            String reason = (workerDied ? "the worker running it stopped (lease expired) "
                    : "it was interrupted (the worker running it stopped or lost Redis) ") + job.attempts()
                    + " times; giving up after " + config.worker().maxAttempts() + " attempts";
            jobs.transition(job.id(), EnumSet.of(JobStatus.RUNNING, JobStatus.QUEUED), JobStatus.FAILED,
                    Map.of("finished", Instant.now().toString(), "error", reason), false, config.jobs().ttl())
                    .await().atMost(TIMEOUT);
            metrics.failed(job.analysis());
            LOG.errorf("Job %s failed: %s", job.id(), reason);
        }
        return true;
    }
}
