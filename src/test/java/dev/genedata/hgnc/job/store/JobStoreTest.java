package dev.genedata.hgnc.job.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.job.model.Job;
import dev.genedata.hgnc.job.model.JobStatus;
import dev.genedata.hgnc.support.RedisTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Job hashes in db 2: status changes are compare-and-set and tell the status that refused them, progress only
 * moves while a job runs.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class JobStoreTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    JobStore jobs;

    @Test
    void progressIsRecordedWhileRunningAndRefusedOnceCancelled() {
        String id = UUID.randomUUID().toString();
        jobs.create(id, "counts", "{\"group_by\":\"status\"}", Instant.parse("2026-11-22T10:00:00Z")).await().atMost(WAIT);

        assertThat(jobs.progress(id, 10).await().atMost(WAIT)).as("a queued job has no progress to record")
                .isEqualTo(new JobStore.Move(false, JobStatus.QUEUED));
        assertThat(get(id).progress()).isZero();

        assertThat(jobs.transition(id, List.of(JobStatus.QUEUED), JobStatus.RUNNING, Map.of(), true, null)
                .await().atMost(WAIT)).isTrue();
        assertThat(jobs.progress(id, 40).await().atMost(WAIT)).isEqualTo(new JobStore.Move(true, JobStatus.RUNNING));
        assertThat(get(id).progress()).isEqualTo(40);
        assertThat(get(id).status()).isEqualTo("running");

        assertThat(jobs.transition(id, List.of(JobStatus.RUNNING), JobStatus.CANCELLED, Map.of(), false, null)
                .await().atMost(WAIT)).isTrue();
        assertThat(jobs.progress(id, 80).await().atMost(WAIT)).as("the step learns why, in the same atomic step")
                .isEqualTo(new JobStore.Move(false, JobStatus.CANCELLED));
        assertThat(get(id).progress()).isEqualTo(40);
        assertThat(get(id).status()).isEqualTo("cancelled");
        assertThat(get(id).attempts()).isEqualTo(1);
    }

    @Test
    void progressOfAMissingJobIsRefused() {
        assertThat(jobs.progress(UUID.randomUUID().toString(), 50).await().atMost(WAIT))
                .isEqualTo(new JobStore.Move(false, null));
    }

    @Test
    void aRefusedMoveTellsTheStatusThatRefusedIt() {
        String id = UUID.randomUUID().toString();
        jobs.create(id, "counts", "{}", Instant.parse("2026-11-22T10:00:00Z")).await().atMost(WAIT);
        assertThat(move(id, JobStatus.QUEUED, JobStatus.RUNNING)).isEqualTo(new JobStore.Move(true, JobStatus.RUNNING));
        assertThat(move(id, JobStatus.QUEUED, JobStatus.RUNNING)).as("a second claim")
                .isEqualTo(new JobStore.Move(false, JobStatus.RUNNING));
        assertThat(get(id).attempts()).as("only the claim that moved counts").isEqualTo(1);
        assertThat(move(id, JobStatus.RUNNING, JobStatus.FINISHED)).isEqualTo(new JobStore.Move(true, JobStatus.FINISHED));
        assertThat(move(id, JobStatus.QUEUED, JobStatus.RUNNING)).isEqualTo(new JobStore.Move(false, JobStatus.FINISHED));
    }

    private JobStore.Move move(String id, JobStatus from, JobStatus to) {
        return jobs.move(id, List.of(from), to, Map.of(), to == JobStatus.RUNNING, null).await().atMost(WAIT);
    }

    private Job get(String id) {
        return jobs.get(id).await().atMost(WAIT);
    }
}
