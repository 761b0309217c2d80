package dev.genedata.hgnc.job.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.job.model.Job;
import dev.genedata.hgnc.job.model.JobStatus;
import dev.genedata.hgnc.support.RedisTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Job hashes in db 2: status changes are compare-and-set and tell the status that refused them; progress, finish
 * and failure only apply while the job runs under the run that claimed it.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class JobStoreTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    JobStore jobs;

    @Test
    void progressIsRecordedWhileRunningAndRefusedOnceCancelled() {
        String id = create();

        assertThat(jobs.progress(id, "run-1", 10).await().atMost(WAIT)).as("a queued job has no progress to record")
                .isEqualTo(new JobStore.Move(false, JobStatus.QUEUED));
        assertThat(get(id).progress()).isZero();

        assertThat(jobs.claim(id, "worker-1", "run-1").await().atMost(WAIT)).isEqualTo(new JobStore.Move(true, JobStatus.RUNNING));
        assertThat(jobs.progress(id, "run-1", 40).await().atMost(WAIT)).isEqualTo(new JobStore.Move(true, JobStatus.RUNNING));
        assertThat(get(id).progress()).isEqualTo(40);
        assertThat(get(id).status()).isEqualTo("running");

        assertThat(jobs.cancel(id, "cancelled by a client", null).await().atMost(WAIT)).isTrue();
        assertThat(jobs.progress(id, "run-1", 80).await().atMost(WAIT)).as("the step learns why, in the same atomic step")
                .isEqualTo(new JobStore.Move(false, JobStatus.CANCELLED));
        assertThat(get(id).progress()).isEqualTo(40);
        assertThat(get(id).status()).isEqualTo("cancelled");
        assertThat(get(id).attempts()).isEqualTo(1);
    }

    @Test
    void progressOfAMissingJobIsRefused() {
        assertThat(jobs.progress(UUID.randomUUID().toString(), "run-1", 50).await().atMost(WAIT))
                .isEqualTo(new JobStore.Move(false, null));
    }

    @Test
    void aRefusedMoveTellsTheStatusThatRefusedIt() {
        String id = create();
        assertThat(claim(id, "run-1")).isEqualTo(new JobStore.Move(true, JobStatus.RUNNING));
        assertThat(claim(id, "run-2")).as("a second claim").isEqualTo(new JobStore.Move(false, JobStatus.RUNNING));
        assertThat(get(id).attempts()).as("only the claim that moved counts").isEqualTo(1);
        assertThat(finish(id, "run-1")).isEqualTo(new JobStore.Move(true, JobStatus.FINISHED));
        assertThat(claim(id, "run-3")).isEqualTo(new JobStore.Move(false, JobStatus.FINISHED));
    }

    @Test
    void theStepsOfARunApplyOnlyWhileTheJobCarriesItsToken() {
        String id = create();
        assertThat(claim(id, "run-1")).isEqualTo(new JobStore.Move(true, JobStatus.RUNNING));
        // Its worker's lease lapses: a reaper queues it again and another worker claims it.
        assertThat(jobs.requeue(id, JobStatus.RUNNING).await().atMost(WAIT).moved()).isTrue();
        assertThat(jobs.progress(id, "run-1", 30).await().atMost(WAIT)).as("the first run while the job is queued again")
                .isEqualTo(new JobStore.Move(false, JobStatus.QUEUED));
        assertThat(claim(id, "run-2")).isEqualTo(new JobStore.Move(true, JobStatus.RUNNING));

        assertThat(jobs.progress(id, "run-1", 60).await().atMost(WAIT)).as("the first run, now that another holds the job")
                .isEqualTo(new JobStore.Move(false, JobStatus.RUNNING));
        assertThat(finish(id, "run-1")).isEqualTo(new JobStore.Move(false, JobStatus.RUNNING));
        assertThat(jobs.fail(id, "run-1", "stale", null).await().atMost(WAIT))
                .isEqualTo(new JobStore.Move(false, JobStatus.RUNNING));
        Job job = get(id);
        assertThat(job.status()).isEqualTo("running");
        assertThat(job.progress()).isZero();
        assertThat(job.error()).isNull();
        assertThat(job.attempts()).isEqualTo(2);

        assertThat(jobs.progress(id, "run-2", 50).await().atMost(WAIT)).isEqualTo(new JobStore.Move(true, JobStatus.RUNNING));
        assertThat(finish(id, "run-2")).isEqualTo(new JobStore.Move(true, JobStatus.FINISHED));
        assertThat(get(id).progress()).isEqualTo(100);
    }

    private String create() {
        String id = UUID.randomUUID().toString();
        jobs.create(id, "counts", "{\"group_by\":\"status\"}", Instant.parse("2026-11-22T10:00:00Z")).await().atMost(WAIT);
        return id;
    }

    private JobStore.Move claim(String id, String run) {
        return jobs.claim(id, "worker-" + run, run).await().atMost(WAIT);
    }

    private JobStore.Move finish(String id, String run) {
        return jobs.finish(id, run, null).await().atMost(WAIT);
    }

    private Job get(String id) {
        return jobs.get(id).await().atMost(WAIT);
    }
}
