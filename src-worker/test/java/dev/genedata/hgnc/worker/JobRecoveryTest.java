package dev.genedata.hgnc.worker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.job.store.JobQueue;
import dev.genedata.hgnc.job.store.JobQueue.Orphan;
import dev.genedata.hgnc.job.store.JobStore;
import dev.genedata.hgnc.job.store.ResultStore;
import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.SampleData;
import io.quarkus.redis.client.RedisClientName;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;

/**
 * Crash recovery, driven step by step: the application runs as api only, so no scheduled worker
 * takes jobs, and the test plays the workers (a dead one and a live one) with the real beans.
 */
@QuarkusTest
@TestProfile(JobRecoveryTest.ApiOnly.class)
@WithTestResource(RedisTestResource.class)
class JobRecoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration SHORT_LEASE = Duration.ofMillis(100);

    /** The api role: jobs are queued, nothing runs them unless the test does. */
    public static class ApiOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hgnc.role", "api", "hgnc.worker.max-attempts", "3");
        }
    }

    @Inject
    JobQueue queue;
    @Inject
    JobStore jobs;
    @Inject
    ResultStore results;
    @Inject
    JobReaper reaper;
    @Inject
    JobRunner runner;
    @Inject
    @RedisClientName("jobs")
    Redis jobsRedis;

    @BeforeEach
    void loadSampleOnAnEmptyQueue() {
        for (String left = take("drain"); left != null; left = take("drain")) {
            queue.ack("drain", left).await().atMost(WAIT);
        }
        given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON)).when().post("/data")
                .then().statusCode(201);
    }

    @Test
    void aQueuedJobAnswers202AndCanBeCancelled() {
        String id = submit();
        given().when().get("/results/" + id).then().statusCode(202)
                .body("status", equalTo("queued"))
                .body("message", containsString("job " + id + " is not finished yet"));
        given().when().get("/results/" + id + "/chart").then().statusCode(202).body("status", equalTo("queued"));
        given().when().delete("/jobs/" + id).then().statusCode(200)
                .body("status", equalTo("cancelled")).body("error", equalTo("cancelled by a client"));
        assertThat(queue.depth().await().atMost(WAIT)).isZero();
        given().when().get("/results/" + id).then().statusCode(409)
                .body("error", equalTo("job " + id + " was cancelled; it has no result"));
        given().when().delete("/jobs/" + id).then().statusCode(200).body("deleted", equalTo(id));
        given().when().get("/jobs/" + id).then().statusCode(404);
    }

    @Test
    void aDeadWorkersJobIsReapedRerunAndFinishesWithOneResult() {
        String id = submit();
        startOn("dead-worker", id);
        awaitOrphaned("dead-worker", id);

        assertThat(reaper.reapAll()).isEqualTo(1);
        assertThat(jobs.get(id).await().atMost(WAIT).status()).isEqualTo("queued");
        assertThat(queue.depth().await().atMost(WAIT)).isEqualTo(1);

        assertThat(takeAlive("live-worker")).isEqualTo(id);
        runner.run("live-worker", id);

        given().when().get("/jobs/" + id).then().statusCode(200)
                .body("status", equalTo("finished")).body("attempts", equalTo(2)).body("progress", equalTo(100));
        given().when().get("/results/" + id).then().statusCode(200).body("matched", equalTo(503));
        assertThat(results.json(id).await().atMost(WAIT)).isNotNull();
        assertThat(reaper.reapAll()).as("nothing left to reap").isZero();
    }

    @Test
    void aJobOnTheListOfAWorkerWhoseLeaseRanOutBeforeItsTakeIsReapedToo() {
        String id = submit();
        // A take that reached Redis only after the worker's lease had expired (a long pause): no lease now.
        assertThat(take("paused-worker")).isEqualTo(id);
        assertThat(jobs.claim(id, "paused-worker", "paused-run").await().atMost(WAIT).moved()).isTrue();

        assertThat(queue.orphans().await().atMost(WAIT)).containsExactly(new Orphan("paused-worker", id));
        assertThat(reaper.reapAll()).isEqualTo(1);
        assertThat(jobs.get(id).await().atMost(WAIT).status()).isEqualTo("queued");
        assertThat(queue.held("paused-worker").await().atMost(WAIT)).isEmpty();
        assertThat(takeAlive("live-worker")).isEqualTo(id);
        assertThat(runner.run("live-worker", id)).isTrue();
        given().when().get("/jobs/" + id).then().body("status", equalTo("finished")).body("attempts", equalTo(2));
    }

    @Test
    void aJobARedisFailureInterruptedIsGivenBackByItsLivingWorkerAndFinishesWithOneResult() {
        String id = submit();
        startOn("live-worker", id, Duration.ofSeconds(30));
        // The runner gave up on a Redis failure: the job is running on the list of a worker whose lease lives.
        assertThat(reaper.reapAll()).as("a living worker's job is no orphan").isZero();
        assertThat(reaper.reclaim("live-worker", Set.of(id))).as("while one of its threads runs it").isZero();

        assertThat(reaper.reclaim("live-worker", Set.of())).isEqualTo(1);
        assertThat(jobs.get(id).await().atMost(WAIT).status()).isEqualTo("queued");
        assertThat(queue.held("live-worker").await().atMost(WAIT)).isEmpty();
        assertThat(takeAlive("live-worker")).isEqualTo(id);
        assertThat(runner.run("live-worker", id)).isTrue();

        given().when().get("/jobs/" + id).then().statusCode(200)
                .body("status", equalTo("finished")).body("attempts", equalTo(2));
        assertThat(results.json(id).await().atMost(WAIT)).isNotNull();
    }

    @Test
    void aJobTakenBeforeItsReaperMarkedItQueuedStaysWithTheWorkerUntilGivenBack() {
        String id = submit();
        startOn("dead-worker", id);
        awaitOrphaned("dead-worker", id);
        // The reaper's first step only: back in the queue, still marked running.
        assertThat(queue.reap(new Orphan("dead-worker", id)).await().atMost(WAIT)).isTrue();

        assertThat(takeAlive("live-worker")).isEqualTo(id);
        assertThat(runner.run("live-worker", id)).as("not claimed, but not dropped either").isFalse();
        assertThat(queue.held("live-worker").await().atMost(WAIT)).containsExactly(id);
        assertThat(reaper.reclaim("live-worker", Set.of())).isEqualTo(1);
        assertThat(takeAlive("live-worker")).isEqualTo(id);
        assertThat(runner.run("live-worker", id)).isTrue();
        given().when().get("/jobs/" + id).then().body("status", equalTo("finished")).body("attempts", equalTo(2));
    }

    @Test
    void aJobWhoseWorkerDiesEveryTimeEndsFailedWithTheReason() {
        String id = submit();
        for (int attempt = 1; attempt <= 3; attempt++) {
            startOn("dead-worker-" + attempt, id);
            awaitOrphaned("dead-worker-" + attempt, id);
            assertThat(reaper.reapAll()).isEqualTo(1);
        }
        given().when().get("/jobs/" + id).then().statusCode(200)
                .body("status", equalTo("failed"))
                .body("attempts", equalTo(3))
                .body("error", equalTo("the worker running it stopped (lease expired) 3 times; giving up after 3 attempts"));
        given().when().get("/results/" + id).then().statusCode(409).body("error", containsString("failed"));
        // Back in the queue all the same, so that no failure between the reaper's two steps could strand it;
        // the next worker to take it drops it for its status.
        assertThat(takeAlive("live-worker")).isEqualTo(id);
        assertThat(runner.run("live-worker", id)).isTrue();
        assertThat(queue.held("live-worker").await().atMost(WAIT)).isEmpty();
        assertThat(queue.depth().await().atMost(WAIT)).isZero();
        given().when().get("/jobs/" + id).then().body("status", equalTo("failed")).body("attempts", equalTo(3));
    }

    @Test
    void aFailingAnalysisFailsItsJobAndTheNextJobStillRuns() {
        String broken = submit();
        String fine = submit();
        jobsRedis.send(Request.cmd(Command.HSET).arg("job:" + broken).arg("analysis").arg("no_such_analysis"))
                .await().atMost(WAIT);

        assertThat(takeAlive("worker")).isEqualTo(broken);
        runner.run("worker", broken);
        given().when().get("/jobs/" + broken).then()
                .body("status", equalTo("failed")).body("error", equalTo("unknown analysis 'no_such_analysis'"));

        assertThat(takeAlive("worker")).isEqualTo(fine);
        runner.run("worker", fine);
        given().when().get("/jobs/" + fine).then().body("status", equalTo("finished"));
        assertThat(reaper.reapAll()).isZero();
    }

    @Test
    void aRunningJobCancelledBeforeItsNextStepStopsWithoutAResult() {
        String id = submit();
        startOn("worker", id);
        given().when().delete("/jobs/" + id).then().statusCode(200).body("status", equalTo("cancelled"));
        runner.run("worker", id);
        given().when().get("/jobs/" + id).then().body("status", equalTo("cancelled"));
        assertThat(results.json(id).await().atMost(WAIT)).isNull();
    }

    /** What a worker with a short lease does when it takes a job, without finishing it. */
    private void startOn(String worker, String id) {
        startOn(worker, id, SHORT_LEASE);
    }

    /** As {@link #startOn(String, String)}, with a lease of {@code lease}. */
    private void startOn(String worker, String id, Duration lease) {
        queue.heartbeat(worker, lease).await().atMost(WAIT);
        assertThat(take(worker)).isEqualTo(id);
        assertThat(jobs.claim(id, worker, "run-on-" + worker).await().atMost(WAIT).moved()).isTrue();
    }

    /** Waits until the worker's short lease has lapsed: its job is then an orphan a reaper takes back. */
    private void awaitOrphaned(String worker, String id) {
        await("job " + id + " orphaned by " + worker + "'s lapsed lease").atMost(WAIT).pollInterval(SHORT_LEASE)
                .until(() -> queue.orphans().await().atMost(WAIT), orphans -> orphans.contains(new Orphan(worker, id)));
    }

    private String take(String worker) {
        return queue.take(worker, Duration.ofMillis(1)).await().atMost(WAIT);
    }

    /** Takes a job as a live worker: one whose lease is long. */
    private String takeAlive(String worker) {
        queue.heartbeat(worker, Duration.ofSeconds(30)).await().atMost(WAIT);
        return take(worker);
    }

    private static String submit() {
        return given().contentType(ContentType.JSON).body("{\"analysis\":\"counts\",\"group_by\":\"status\"}")
                .when().post("/jobs").then().statusCode(201).extract().path("id");
    }
}
