package dev.genedata.hgnc.worker;

import java.time.Duration;
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

    private final JobQueue queue;
    private final JobStore jobs;
    private final WorkerMetrics metrics;
    private final HgncConfig config;
    private final Duration timeout;

    JobReaper(JobQueue queue, JobStore jobs, WorkerMetrics metrics, HgncConfig config) {
        this.queue = queue;
        this.jobs = jobs;
        this.metrics = metrics;
        this.config = config;
        this.timeout = config.redis().timeout();
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

    /** Reaps every orphan now; returns how many jobs this call took back. */
    public int reapAll() {
        return (int) queue.orphans().await().atMost(timeout).stream().filter(orphan -> takeBack(orphan, true)).count();
    }

    /**
     * Gives back the jobs on a living worker's own list that none of its threads runs ({@code running}): those a
     * Redis failure interrupted, which no reaper takes while the worker renews its lease. Same rules as a reap;
     * returns how many jobs it gave back.
     */
    public int reclaim(String worker, Set<String> running) {
        return (int) queue.held(worker).await().atMost(timeout).stream()
                .filter(id -> !running.contains(id) && takeBack(new Orphan(worker, id), false)).count();
    }

    /**
     * Takes a job off a worker's list and back into the queue, then marks it queued again, or failed after too
     * many attempts. It goes back into the queue even when it is failed or has ended: should the second step not
     * happen (Redis fails, this worker dies), the worker that takes it next finds out from its status, so the job
     * is never left on no list. Each status change applies only if the job is still in the status read first.
     */
    private boolean takeBack(Orphan orphan, boolean workerDied) {
        Job job = jobs.get(orphan.job()).await().atMost(timeout);
        JobStatus status = job == null ? null : JobStatus.of(job.status()).orElse(null);
        boolean taken = (workerDied ? queue.reap(orphan) : queue.release(orphan)).await().atMost(timeout);
        if (!taken) {
            return false;
        }
        String how = workerDied ? "reaped from dead worker " + orphan.worker()
                : "given back by worker " + orphan.worker() + " (a Redis failure interrupted it)";
        if (status != JobStatus.QUEUED && status != JobStatus.RUNNING) {
            LOG.infof("Job %s %s; it is %s", orphan.job(), how, JobStatus.describe(status));
            return true;
        }
        metrics.reaped(job.analysis());
        if (job.attempts() < config.worker().maxAttempts()) {
            JobStore.Move queued = jobs.requeue(job.id(), status).await().atMost(timeout);
            if (queued.moved()) {
                LOG.warnf("Job %s %s after %d attempt(s); queued again", job.id(), how, job.attempts());
            } else {
                LOG.infof("Job %s %s; it was %s meanwhile and is back in the queue", job.id(), how, JobStatus.describe(queued.status()));
            }
            return true;
        }
        String reason = (workerDied ? "the worker running it stopped (lease expired) "
                : "it was interrupted (the worker running it stopped or lost Redis) ") + job.attempts()
                + " times; giving up after " + config.worker().maxAttempts() + " attempts";
        JobStore.Move failed = jobs.giveUp(job.id(), status, reason, config.jobs().ttl()).await().atMost(timeout);
        if (failed.moved()) {
            metrics.failed(job.analysis());
            LOG.errorf("Job %s failed: %s", job.id(), reason);
        } else {
            LOG.infof("Job %s %s; it was %s meanwhile and is back in the queue", job.id(), how, JobStatus.describe(failed.status()));
        }
        return true;
    }
}
