package dev.genedata.hgnc.job.service;

import jakarta.enterprise.context.ApplicationScoped;

import dev.genedata.hgnc.common.error.StateConflictException;
import dev.genedata.hgnc.common.error.UnknownResourceException;
import dev.genedata.hgnc.job.model.Job;
import dev.genedata.hgnc.job.model.JobStatus;
import dev.genedata.hgnc.job.store.ResultStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;

/**
 * Gives a job's outcome once it is finished: the JSON result or the PNG chart. A job that is not
 * finished yet gives a {@link Pending}; a failed or cancelled one a 409 naming why.
 */
@ApplicationScoped
public class ResultService {

    private final JobService jobs;
    private final ResultStore results;

    ResultService(JobService jobs, ResultStore results) {
        this.jobs = jobs;
        this.results = results;
    }

    /** The outcome JSON, or why there is none yet. */
    public Uni<Outcome<String>> json(String id) {
        return jobs.get(id).flatMap(job -> whenFinished(job, () -> results.json(job.id())));
    }

    /** The chart PNG, or why there is none yet. */
    public Uni<Outcome<Buffer>> chart(String id) {
        return jobs.get(id).flatMap(job -> whenFinished(job, () -> results.chart(job.id())));
    }

    private static <T> Uni<Outcome<T>> whenFinished(Job job, java.util.function.Supplier<Uni<T>> read) {
        JobStatus status = JobStatus.of(job.status()).orElse(JobStatus.FAILED);
        return switch (status) {
            case QUEUED, RUNNING -> Uni.createFrom().item(new Outcome<>(job.id(), null,
                    new Pending(status.id(), "job " + job.id() + " is not finished yet (" + status.id() + ", "
                            + job.progress() + "% done); poll /jobs/" + job.id())));
            case FAILED -> throw new StateConflictException("job " + job.id() + " failed: " + job.error());
            case CANCELLED -> throw new StateConflictException("job " + job.id() + " was cancelled; it has no result");
            case FINISHED -> read.get().onItem().ifNull()
                    .failWith(() -> new UnknownResourceException("the result of job " + job.id() + " has expired"))
                    .map(value -> new Outcome<>(job.id(), value, null));
        };
    }

    /**
     * A result, or the reason there is none yet.
     *
     * @param id the job id
     * @param value the result when the job is finished, else null
     * @param pending why there is no result yet, else null
     */
    public record Outcome<T>(String id, T value, Pending pending) {
    }

    /**
     * The answer while a job is not finished.
     *
     * @param status queued or running
     * @param message says the job is not finished yet and where to poll
     */
    public record Pending(String status, String message) {
    }
}
