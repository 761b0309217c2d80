package dev.genedata.hgnc.worker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.job.model.Job;
import dev.genedata.hgnc.job.model.JobStatus;
import dev.genedata.hgnc.job.store.JobQueue;
import dev.genedata.hgnc.job.store.JobQueue.Orphan;
import dev.genedata.hgnc.job.store.JobStore;
import dev.genedata.hgnc.job.store.ResultStore;
import dev.genedata.hgnc.support.JobClient;
import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.SampleData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A worker whose lease lapsed while it ran a job (a long pause): at its next step it finds that a reaper queued
 * the job again, and that another worker claimed it, or that it took the job back itself; it stops there,
 * without a result, progress or status of its own, and the job is never left on no list.
 */
@QuarkusTest
@TestProfile(StaleRunTest.SlowSteps.class)
@WithTestResource(RedisTestResource.class)
class StaleRunTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** As {@link JobRecoveryTest.ApiOnly} (the test plays the workers), with a pause before each progress step to act in. */
    public static class SlowSteps extends JobRecoveryTest.ApiOnly {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("hgnc.worker.step-delay", "2s");
            return overrides;
        }
    }

    @Inject
    JobQueue queue;
    @Inject
    JobStore jobs;
    @Inject
    ResultStore results;
    @Inject
    JobRunner runner;
    @Inject
    JobConsumer consumer;
    @Inject
    JobReaper reaper;
    @Inject
    WorkerIdentity identity;

    @Test
    void aRunWhoseJobAnotherRunTookOverStopsAtItsNextStep() {
        loadSample();
        String id = JobClient.submit("{\"analysis\":\"counts\",\"group_by\":\"status\"}");
        queue.heartbeat("paused-worker", Duration.ofSeconds(30)).await().atMost(WAIT);
        assertThat(queue.take("paused-worker", Duration.ofMillis(1)).await().atMost(WAIT)).isEqualTo(id);

        CompletableFuture<Boolean> stale = CompletableFuture.supplyAsync(() -> runner.run("paused-worker", id));
        awaitClaimed(id);
        // What a reaper and another worker do once the first worker's lease has lapsed.
        assertThat(jobs.transition(id, List.of(JobStatus.RUNNING), JobStatus.QUEUED, Map.of("progress", "0"), false, null)
                .await().atMost(WAIT)).isTrue();
        assertThat(jobs.claim(id, "other-worker", "other-run").await().atMost(WAIT).moved()).isTrue();

        assertThat(stale.join()).as("the stale run is done with the job: off its worker's list").isTrue();
        Job job = job(id);
        assertThat(job.status()).isEqualTo("running");
        assertThat(job.progress()).as("no progress of the stale run").isZero();
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(job.finished()).isNull();
        assertThat(results.count(id).await().atMost(WAIT)).as("no result of the stale run").isZero();
        assertThat(queue.held("paused-worker").await().atMost(WAIT)).isEmpty();
    }

    @Test
    void aWorkerThatTakesBackAJobItStillRunsLeavesItOnItsListToBeGivenBack() {
        loadSample();
        String id = JobClient.submit("{\"analysis\":\"counts\",\"group_by\":\"locus_group\"}");
        String worker = identity.id();
        queue.heartbeat(worker, Duration.ofSeconds(30)).await().atMost(WAIT);
        assertThat(queue.take(worker, Duration.ofMillis(1)).await().atMost(WAIT)).isEqualTo(id);
        assertThat(consumer.dispatch(id)).isTrue();
        awaitClaimed(id);
        // What a reaper does once this worker's lease has lapsed: the job back in the queue, marked queued.
        assertThat(queue.release(new Orphan(worker, id)).await().atMost(WAIT)).isTrue();
        assertThat(jobs.transition(id, List.of(JobStatus.RUNNING), JobStatus.QUEUED, Map.of("progress", "0"), false, null)
                .await().atMost(WAIT)).isTrue();

        assertThat(queue.take(worker, Duration.ofMillis(1)).await().atMost(WAIT)).as("taken again by the same worker")
                .isEqualTo(id);
        assertThat(consumer.dispatch(id)).as("no second run while the first runs it").isFalse();
        awaitUntil(() -> !consumer.runs(id), "the first run stops at its next step");
        assertThat(queue.held(worker).await().atMost(WAIT)).as("the entry the second take made").containsExactly(id);
        assertThat(job(id).status()).isEqualTo("queued");
        assertThat(results.count(id).await().atMost(WAIT)).isZero();

        assertThat(reaper.reclaim(worker, Set.of())).isEqualTo(1);
        assertThat(queue.held(worker).await().atMost(WAIT)).isEmpty();
        assertThat(queue.depth().await().atMost(WAIT)).isEqualTo(1);
        given().when().delete("/jobs/" + id).then().statusCode(200).body("status", equalTo("cancelled"));
        assertThat(queue.depth().await().atMost(WAIT)).isZero();
    }

    private static void loadSample() {
        given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON)).when().post("/data")
                .then().statusCode(201);
    }

    /** Waits until the run has claimed the job: it then pauses before its first progress step. */
    private void awaitClaimed(String id) {
        awaitUntil(() -> "running".equals(job(id).status()), "job " + id + " claimed");
    }

    /** Polls every 10 ms (the run's steps are 2 s apart), failing the test after {@link #WAIT}. */
    private static void awaitUntil(BooleanSupplier condition, String what) {
        await(what).atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(condition::getAsBoolean);
    }

    private Job job(String id) {
        return jobs.get(id).await().atMost(WAIT);
    }
}
