package dev.genedata.hgnc.job.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.common.error.Excerpt;
import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.common.error.StateConflictException;
import dev.genedata.hgnc.common.error.UnknownResourceException;
import dev.genedata.hgnc.common.validation.TypedRequests;
import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.gene.store.GeneStore;
import dev.genedata.hgnc.job.model.Job;
import dev.genedata.hgnc.job.model.AnalysisRequest;
import dev.genedata.hgnc.job.model.JobStatus;
import dev.genedata.hgnc.job.store.JobQueue;
import dev.genedata.hgnc.job.store.JobStore;
import dev.genedata.hgnc.job.store.ResultStore;
import io.smallrye.mutiny.Uni;

/**
 * The API side of jobs: validates and queues submissions, lists, cancels and deletes jobs. Never runs
 * an analysis: the worker does.
 */
@ApplicationScoped
public class JobService {

    private static final Logger LOG = Logger.getLogger(JobService.class);

    private final JobStore jobs;
    private final JobQueue queue;
    private final ResultStore results;
    private final GeneStore genes;
    private final TypedRequests requests;
    private final ObjectMapper mapper;
    private final HgncConfig config;

    JobService(JobStore jobs, JobQueue queue, ResultStore results, GeneStore genes, TypedRequests requests,
            ObjectMapper mapper, HgncConfig config) {
        this.requests = requests;
        this.jobs = jobs;
        this.queue = queue;
        this.results = results;
        this.genes = genes;
        this.mapper = mapper;
        this.config = config;
    }

    /**
     * Validates a submission and queues it.
     *
     * @param body the raw request body
     * @throws InvalidInputException for a bad request (nothing is created)
     * @throws StateConflictException when no data set is loaded
     */
    public Uni<Job> submit(String body) {
        AnalysisRequest request = requests.read(body, AnalysisRequest.class, AnalysisRequest.EXAMPLE);
        String params = json(request);
        String id = UUID.randomUUID().toString();
        return genes.currentVersion().onItem().ifNull().failWith(() -> new StateConflictException(
                        "no data set is loaded; POST /data first, then submit the job again"))
                .flatMap(version -> jobs.create(id, request.kind().id(), params, Instant.now()))
                .flatMap(created -> queue.push(id).onFailure().call(() -> jobs.delete(id)))
                .invoke(() -> LOG.infof("Job %s queued: %s %s", id, request.kind().id(), params))
                .flatMap(queued -> jobs.get(id));
    }

    /**
     * One job.
     *
     * @throws InvalidInputException when the id is not a UUID
     * @throws UnknownResourceException when there is no such job
     */
    public Uni<Job> get(String id) {
        String uuid = checkId(id);
        return jobs.get(uuid).onItem().ifNull().failWith(() -> notFound(uuid));
    }

    /**
     * Jobs newest first, optionally only those with a status.
     *
     * @throws InvalidInputException for an unknown status
     */
    public Uni<List<Job>> list(String status, int offset, Integer limit) {
        JobStatus wanted = status == null || status.isBlank() ? null : JobStatus.of(status).orElseThrow(() ->
                new InvalidInputException("status must be one of queued, running, finished, failed, cancelled; got '"
                        + Excerpt.of(status) + "'"));
        return collect(wanted, offset, limit == null ? 100 : limit, 0, new ArrayList<>(), 0);
    }

    private Uni<List<Job>> collect(JobStatus wanted, int offset, int max, long position, List<Job> page, int skipped) {
        if (page.size() >= max) {
            return Uni.createFrom().item(page);
        }
        int chunk = 200;
        return jobs.newestIds(position, chunk).flatMap(ids -> jobs.getAll(ids).flatMap(found -> {
            List<String> expired = new ArrayList<>(ids);
            found.forEach(job -> expired.remove(job.id()));
            int seen = skipped;
            for (Job job : found) {
                if (wanted == null || wanted.id().equals(job.status())) {
                    if (seen++ >= offset && page.size() < max) {
                        page.add(job);
                    }
                }
            }
            int next = seen;
            Uni<Void> cleanup = jobs.forget(expired);
            if (ids.size() < chunk) {
                return cleanup.replaceWith(page);
            }
            return cleanup.flatMap(done -> collect(wanted, offset, max, position + chunk, page, next));
        }));
    }

    /**
     * Cancels a queued or running job, or deletes a finished, failed or cancelled one with its result.
     *
     * @return the job after the call; for a deletion, the job as it was
     * @throws InvalidInputException when the id is not a UUID
     * @throws UnknownResourceException when there is no such job
     */
    public Uni<CancelOutcome> cancelOrDelete(String id) {
        return get(id).flatMap(job -> {
            JobStatus status = JobStatus.of(job.status()).orElse(JobStatus.FAILED);
            if (status.isFinal()) {
                return results.delete(job.id()).flatMap(done -> jobs.delete(job.id()))
                        .invoke(() -> LOG.infof("Job %s deleted with its result", job.id()))
                        .replaceWith(new CancelOutcome(job, true));
            }
            return jobs.cancel(job.id(), "cancelled by a client", config.jobs().ttl())
                    .flatMap(moved -> moved
                            ? queue.remove(job.id()).invoke(() -> LOG.infof("Job %s cancelled (was %s)", job.id(), status.id()))
                                    .flatMap(removed -> get(job.id()))
                            : get(job.id()))
                    .map(after -> new CancelOutcome(after, false));
        });
    }

    /**
     * Checks that an id is a UUID and gives it in canonical form.
     *
     * @throws InvalidInputException otherwise
     */
    public static String checkId(String id) {
        try {
            String text = id == null ? "" : id.trim();
            if (text.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("malformed job id '" + Excerpt.of(id)
                    + "': job ids are UUIDs like 3f2b8c1e-9d4a-4b7e-8f00-2a6c5d7e9b10");
        }
    }

    /** The 404 of a job id that names no job. */
    static UnknownResourceException notFound(String id) {
        return new UnknownResourceException("no job " + id + " (it never existed, was deleted, or expired)");
    }

    /** The request as stored and shown: its parameters with the defaults filled in, without {@code analysis}. */
    private String json(AnalysisRequest request) {
        try {
            return mapper.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the parameters of " + request, e);
        }
    }

    /**
     * What {@link #cancelOrDelete} did.
     *
     * @param job the job after a cancel, or as it was before a deletion
     * @param deleted whether the job was deleted rather than cancelled
     */
    public record CancelOutcome(Job job, boolean deleted) {
    }
}
