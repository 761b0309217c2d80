package dev.genedata.hgnc.worker;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.job.model.AnalysisKind;
import dev.genedata.hgnc.job.model.AnalysisRequest;
import dev.genedata.hgnc.job.model.Job;
import dev.genedata.hgnc.job.model.JobStatus;
import dev.genedata.hgnc.job.store.JobQueue;
import dev.genedata.hgnc.job.store.JobStore;
import dev.genedata.hgnc.job.store.ResultStore;
import dev.genedata.hgnc.redis.RedisFailures;
import dev.genedata.hgnc.worker.analysis.AnalysisRunner;

/**
 * Runs one job a worker took: claims it for this run, computes the analysis from the cached columns,
 * saves the result and chart, and only then marks it finished. A job whose analysis throws is failed
 * with the message; a Redis failure leaves the job on this worker's list, and the worker gives it back
 * to the queue once Redis answers ({@link JobConsumer}). Every step after the claim names the run
 * ({@link JobStore#progress}, {@link JobStore#finish}, {@link JobStore#fail}): when the job has left it (cancelled, queued again, or taken over by another
 * worker after this one's lease lapsed), the run stops at that step, deciding what to do from the status
 * the refused step found.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final JobStore jobs;
    private final JobQueue queue;
    private final ResultStore results;
    private final ColumnsCache columns;
    private final AnalysisRunner analyses;
    private final WorkerMetrics metrics;
    private final ObjectMapper mapper;
    private final HgncConfig config;
    private final Duration timeout;

    JobRunner(JobStore jobs, JobQueue queue, ResultStore results, ColumnsCache columns, AnalysisRunner analyses,
            WorkerMetrics metrics, ObjectMapper mapper, HgncConfig config) {
        this.jobs = jobs;
        this.queue = queue;
        this.results = results;
        this.columns = columns;
        this.analyses = analyses;
        this.metrics = metrics;
        this.mapper = mapper;
        this.config = config;
        this.timeout = config.redis().timeout();
    }

    /**
     * Runs the job with this id, taken by {@code worker}. Never throws.
     *
     * @return true when the job is off the worker's list (finished, failed, cancelled, skipped, or taken over by
     *         another run); false when it stays there to be given back ({@link JobReaper#reclaim}): a Redis failure
     *         interrupted it, or a reaper queued it again (while this run ran it, or not yet marked queued)
     */
    public boolean run(String worker, String id) {
        try {
            return attempt(worker, id);
        } catch (RuntimeException e) {
            LOG.warnf("Job %s: Redis failed while this run was ending (%s); it will be given back", id,
                    RedisFailures.reason(e));
            return false;
        }
    }

    private boolean attempt(String worker, String id) {
        long started = System.nanoTime();
        String run = UUID.randomUUID().toString();
        boolean claimed = false;
        Job job = null;
        try {
            JobStore.Move claim = jobs.claim(id, worker, run).await().atMost(timeout);
            claimed = claim.moved();
            if (!claimed) {
                return skip(worker, id, claim.status());
            }
            metrics.started();
            job = jobs.get(id).await().atMost(timeout);
            LOG.infof("Job %s started: %s, attempt %d on %s", id, job.analysis(), job.attempts(), worker);
            compute(worker, run, job, started);
            return true;
        } catch (JobCancelledException e) {
            return stopped(worker, id, job, e.status);
        } catch (RuntimeException e) {
            if (RedisFailures.isUnavailable(e)) {
                LOG.warnf("Job %s interrupted: Redis is unavailable (%s); it will be queued again",
                        id, RedisFailures.reason(e));
                return false;
            }
            return fail(worker, run, id, job, e);
        } finally {
            if (claimed) {
                metrics.stopped();
            }
        }
    }

    /**
     * A job this worker took but could not claim, by the status the claim found: still marked running by the
     * reaper that queued it again (given back), or ended or gone (dropped). The status must be the one the claim
     * itself saw: read afterwards, it may already show the reaper's "queued", and the job would be dropped.
     */
    private boolean skip(String worker, String id, JobStatus found) {
        if (found == JobStatus.RUNNING) {
            LOG.debugf("Job %s is still marked running by the reaper that queued it again; it will be given back", id);
            return false;
        }
        LOG.infof("Job %s skipped: it is %s", id, JobStatus.describe(found));
        ack(worker, id);
        return true;
    }

    /**
     * The job left this run, as the refused step found it: a client cancelled it, a reaper queued it again, or
     * (this worker's lease having lapsed) another run took it over or ended it.
     */
    private boolean stopped(String worker, String id, Job job, JobStatus status) {
        if (status == JobStatus.QUEUED) {
            LOG.warnf("Job %s was queued again while this worker ran it (its lease had lapsed); it will be given back", id);
            return false;
        }
        if (status == null || status == JobStatus.CANCELLED) {
            LOG.infof("Job %s stopped: it was cancelled while running", id);
            metrics.cancelled(job == null ? null : job.analysis());
            results.delete(id).await().atMost(timeout);
        } else if (status == JobStatus.RUNNING) {
            LOG.warnf("Job %s stopped: another run took it over (this worker's lease had lapsed)", id);
        } else {
            LOG.warnf("Job %s stopped: another run ended it (%s) meanwhile", id, status.id());
            if (status == JobStatus.FAILED) {
                results.delete(id).await().atMost(timeout); // a failed job has no result; this run may have saved one
            }
        }
        ack(worker, id);
        return true;
    }

    private void compute(String worker, String run, Job job, long started) {
        GeneColumns data = columns.current();
        if (data == null) {
            throw new IllegalStateException("no data set is loaded; POST /data and submit the job again");
        }
        AnalysisRunner.Computed computed = analyses.run(request(job), data, percent -> progress(job.id(), run, percent));
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        ObjectNode result = mapper.createObjectNode();
        result.put("id", job.id());
        result.setAll(computed.result());
        result.put("chart", Job.Links.of(job.id()).chart());
        result.put("dataVersion", data.version());
        result.put("computedMs", tookMs);
        Duration ttl = config.jobs().ttl();
        results.save(job.id(), result.toString(), computed.chartPng(), ttl).await().atMost(timeout);
        JobStore.Move finished = jobs.finish(job.id(), run, ttl).await().atMost(timeout);
        if (!finished.moved()) {
            throw new JobCancelledException(finished.status());
        }
        ack(worker, job.id());
        metrics.finished(job.analysis(), Duration.ofNanos(System.nanoTime() - started));
        LOG.infof("Job %s finished in %d ms: %s, %d genes matched", job.id(), tookMs, job.analysis(),
                computed.result().path("matched").asInt());
    }

    private void progress(String id, String run, int percent) {
        JobStore.Move step = jobs.progress(id, run, percent).await().atMost(timeout);
        if (!step.moved()) {
            throw new JobCancelledException(step.status());
        }
        LOG.debugf("Job %s progress %d%%", id, percent);
    }

    /** The run threw: the job is failed with the message, unless it left this run first (then as {@link #stopped}). */
    private boolean fail(String worker, String run, String id, Job job, RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        JobStore.Move failed;
        try {
            failed = jobs.fail(id, run, reason, config.jobs().ttl()).await().atMost(timeout);
        } catch (RuntimeException again) {
            LOG.warnf(e, "Job %s failed (%s) and its failure could not be recorded (%s); it will be queued again", id,
                    reason, RedisFailures.reason(again));
            return false;
        }
        if (!failed.moved()) {
            LOG.warnf(e, "Job %s: this run failed (%s) after the job had left it", id, reason);
            return stopped(worker, id, job, failed.status());
        }
        LOG.errorf(e, "Job %s failed: %s", id, reason);
        ack(worker, id);
        metrics.failed(job == null ? null : job.analysis());
        return true;
    }

    /** The job's parameters as its analysis's request record, as the API validated and stored them. */
    private AnalysisRequest request(Job job) {
        AnalysisKind kind = AnalysisKind.of(job.analysis())
                .orElseThrow(() -> new IllegalStateException("unknown analysis '" + job.analysis() + "'"));
        try {
            return mapper.readValue(job.params(), kind.requestType());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the job's parameters are unreadable: " + e.getMessage(), e);
        }
    }

    private void ack(String worker, String id) {
        queue.ack(worker, id).await().atMost(timeout);
    }

    /** Thrown at a progress step, or at the finish, when the job is no longer running (cancelled, or queued again). */
    static final class JobCancelledException extends RuntimeException {
        /** The status the job was found in; null when it is gone. */
        final transient JobStatus status;

        JobCancelledException(JobStatus status) {
            super("cancelled", null, false, false);
            this.status = status;
        }
    }
}
