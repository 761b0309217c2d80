package dev.genedata.hgnc.job.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.job.store.JobStore;
import dev.genedata.hgnc.support.EventStream;
import dev.genedata.hgnc.support.JobClient;
import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.SampleData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * {@code GET /jobs/{id}/events}: the current state first, one event per change in the order made, the end after
 * the final state, a late client served the final state at once, 404 and 400 as JSON, and a client that hangs up
 * frees its place. The states of a job nobody queued are made here, through the store the worker uses, so that
 * every step is seen; one test follows a real job through the worker.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class JobEventsResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    JobStore jobs;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void loadSample() {
        given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON))
                .when().post("/data").then().statusCode(201);
    }

    @Test
    void eachChangeIsAnEventInOrderAndTheStreamEndsAfterTheFinalState() {
        String id = created();
        try (EventStream stream = EventStream.open(events(id))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            await().atMost(WAIT).until(() -> stream.data().size() == 1);

            done(jobs.claim(id, "worker-t", "run-t"));
            done(jobs.progress(id, "run-t", 40));
            done(jobs.progress(id, "run-t", 80));
            done(jobs.finish(id, "run-t", Duration.ofMinutes(5)));

            await().atMost(WAIT).until(stream::ended);
            List<JsonPath> events = stream.data().stream().map(JsonPath::from).toList();
            assertThat(events).extracting(e -> e.getString("status") + " " + e.getInt("progress"))
                    .containsExactly("queued 0", "running 0", "running 40", "running 80", "finished 100");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.getString("id")).isEqualTo(id);
                assertThat(e.getString("links.chart")).isEqualTo("/results/" + id + "/chart");
            });
            assertThat(events.get(4).getString("finished")).isNotNull();
        }
    }

    @Test
    void aClientThatComesAfterTheEndGetsTheFinalStateAndTheStreamCloses() {
        String id = created();
        done(jobs.cancel(id, "cancelled by a client", Duration.ofMinutes(5)));

        String body = given().accept("text/event-stream").when().get("/jobs/" + id + "/events")
                .then().statusCode(200).extract().asString();

        List<String> data = body.lines().filter(line -> line.startsWith("data:")).toList();
        assertThat(data).hasSize(1);
        JsonPath job = JsonPath.from(data.get(0).substring(5));
        assertThat(job.getString("status")).isEqualTo("cancelled");
        assertThat(job.getString("error")).isEqualTo("cancelled by a client");
    }

    @Test
    void aJobRunByTheWorkerIsFollowedToItsEnd() {
        String id = JobClient.submit("{\"analysis\":\"counts\",\"group_by\":\"locus_group\"}");
        try (EventStream stream = EventStream.open(events(id))) {
            await().atMost(JobClient.WITHIN).until(stream::ended);
            List<JsonPath> events = stream.data().stream().map(JsonPath::from).toList();
            assertThat(events).isNotEmpty();
            assertThat(events.get(events.size() - 1).getString("status")).isEqualTo("finished");
            assertThat(events.get(events.size() - 1).getInt("progress")).isEqualTo(100);
            List<Integer> order = events.stream().map(e -> List.of("queued", "running", "finished")
                    .indexOf(e.getString("status")) * 1000 + e.getInt("progress")).toList();
            assertThat(order).as("status, then progress, never going back").isSorted();
        }
    }

    @Test
    void anUnknownJobIsA404AndAMalformedIdA400() {
        String id = UUID.randomUUID().toString();
        given().accept("text/event-stream").when().get("/jobs/" + id + "/events")
                .then().statusCode(404).contentType(ContentType.JSON)
                .body("error", equalTo("no job " + id + " (it never existed, was deleted, or expired)"))
                .body("status", equalTo(404));
        given().accept("text/event-stream").when().get("/jobs/nope/events")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("error", equalTo("malformed job id 'nope': job ids are UUIDs like 3f2b8c1e-9d4a-4b7e-8f00-2a6c5d7e9b10"));
    }

    @Test
    void aClientThatHangsUpFreesItsStream() {
        String id = created();
        await().atMost(WAIT).until(() -> openStreams() == 0);
        EventStream stream = EventStream.open(events(id));
        await().atMost(WAIT).until(() -> stream.data().size() == 1);
        assertThat(openStreams()).isEqualTo(1);

        stream.close();
        done(jobs.claim(id, "worker-t", "run-t")); // the server notices a closed connection when it writes
        await().atMost(WAIT).until(() -> openStreams() == 0);
    }

    private String created() {
        String id = UUID.randomUUID().toString();
        done(jobs.create(id, "counts", "{\"group_by\":\"locus_group\",\"top\":20,\"filter\":{},\"width\":1200,"
                + "\"height\":700}", Instant.now()));
        return id;
    }

    private URI events(String id) {
        return URI.create(root.toString()).resolve("jobs/" + id + "/events");
    }

    private static int openStreams() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("hgnc_jobs_event_streams "))
                .map(line -> (int) Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                .findFirst().orElseThrow();
    }

    private static <T> T done(io.smallrye.mutiny.Uni<T> step) {
        return step.await().atMost(WAIT);
    }
}
