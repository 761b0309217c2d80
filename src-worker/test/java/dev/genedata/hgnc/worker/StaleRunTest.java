package dev.genedata.hgnc.worker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.stubbing.Answer;

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
import io.quarkus.test.junit.mockito.InjectSpy;
import io.restassured.http.ContentType;

/**
 * A worker whose lease lapsed while it ran a job (a long pause): at its next step it finds that a reaper queued
 * the job again, and that another worker claimed it, or that it took the job back itself; it stops there,
 * without a result, progress or status of its own, and the job is never left on no list.
 * <p>
 * The pause is a {@link StepGate} on {@link JobStore#progress}, through a Mockito spy on the real store for this
 * test class only: the run, once it has claimed its job, waits at its first progress step until the test has done
 * what the reaper and the other worker do. The spy calls the real store for everything else.
 */
@QuarkusTest
@TestProfile(JobRecoveryTest.ApiOnly.class)
@WithTestResource(RedisTestResource.class)
class StaleRunTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    JobQueue queue;
    @InjectSpy
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

    private final StepGate gate = new StepGate();

    @BeforeEach
    void holdProgressSteps() {
        doAnswer(gate).when(jobs).progress(anyString(), anyString(), anyInt());
    }

    @AfterEach
    void releaseProgressSteps() {
        gate.open(); // a failed test leaves no run held
    }

    @Test
    void aRunWhoseJobAnotherRunTookOverStopsAtItsNextStep() {
        loadSample();
        String id = JobClient.submit("{\"analysis\":\"counts\",\"group_by\":\"status\"}");
        queue.heartbeat("paused-worker", Duration.ofSeconds(30)).await().atMost(WAIT);
        assertThat(queue.take("paused-worker", Duration.ofMillis(1)).await().atMost(WAIT)).isEqualTo(id);

        CompletableFuture<Boolean> stale = CompletableFuture.supplyAsync(() -> runner.run("paused-worker", id));
        gate.awaitHeld(WAIT);
        // What a reaper and another worker do once the first worker's lease has lapsed.
        assertThat(jobs.requeue(id, JobStatus.RUNNING).await().atMost(WAIT).moved()).isTrue();
        assertThat(jobs.claim(id, "other-worker", "other-run").await().atMost(WAIT).moved()).isTrue();
        gate.open();

        assertThat(stale.join()).as("the stale run is done with the job: off its worker's list").isTrue();
        Job job = job(id);
        assertThat(job.status()).isEqualTo("running");
        assertThat(job.progress()).as("no progress of the stale run").isZero();
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(job.finished()).isNull();
        assertThat(results.json(id).await().atMost(WAIT)).as("no result of the stale run").isNull();
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
        gate.awaitHeld(WAIT);
        // What a reaper does once this worker's lease has lapsed: the job back in the queue, marked queued.
        assertThat(queue.release(new Orphan(worker, id)).await().atMost(WAIT)).isTrue();
        assertThat(jobs.requeue(id, JobStatus.RUNNING).await().atMost(WAIT).moved()).isTrue();

        assertThat(queue.take(worker, Duration.ofMillis(1)).await().atMost(WAIT)).as("taken again by the same worker")
                .isEqualTo(id);
        assertThat(consumer.dispatch(id)).as("no second run while the first runs it").isFalse();
        gate.open();
        await("the first run stops at its next step").atMost(WAIT).pollInterval(Duration.ofMillis(10))
                .until(() -> !consumer.runs(id));
        assertThat(queue.held(worker).await().atMost(WAIT)).as("the entry the second take made").containsExactly(id);
        assertThat(job(id).status()).isEqualTo("queued");
        assertThat(results.json(id).await().atMost(WAIT)).isNull();

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

    private Job job(String id) {
        return jobs.get(id).await().atMost(WAIT);
    }

    /**
     * Holds every progress step of a run (the answer of the spied {@link JobStore#progress}) until the test opens
     * it, then lets each through to the real store. A run reaches its first progress step only after its claim, so
     * a held run has claimed its job and done nothing else to it yet.
     */
    private static final class StepGate implements Answer<Object> {

        /** The longest a step is held: a test that fails before it opens the gate releases its run after this. */
        private static final Duration HOLD = Duration.ofSeconds(30);

        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch opened = new CountDownLatch(1);

        @Override
        public Object answer(InvocationOnMock step) throws Throwable {
            held.countDown();
            opened.await(HOLD.toMillis(), TimeUnit.MILLISECONDS);
            return step.callRealMethod();
        }

        /** Waits until a run is held at its first progress step, failing the test after {@code within}. */
        void awaitHeld(Duration within) {
            await("a run held at its first progress step").atMost(within).pollInterval(Duration.ofMillis(10))
                    .until(() -> held.getCount() == 0);
        }

        /** Lets every step through, now and from now on. */
        void open() {
            opened.countDown();
        }
    }
}
