package dev.genedata.hgnc.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Set;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Submits jobs and waits until they reach a final status, as a client would. */
public final class JobClient {

    /** How long a test waits for a job on the sample. */
    public static final Duration WITHIN = Duration.ofSeconds(30);

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Set<String> ENDED = Set.of("finished", "failed", "cancelled");

    private JobClient() {
    }

    /** Submits a job (201 expected) and returns its id. */
    public static String submit(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/jobs")
                .then().statusCode(201).extract().path("id");
    }

    /** Submits a job, waits until it has finished (failing the test otherwise), and returns its result. */
    public static JsonPath finishedResult(String body) {
        String id = submit(body);
        JsonPath job = untilEnded(id, WITHIN);
        assertThat(job.getString("status")).as("job %s: %s", id, job.getString("error")).isEqualTo("finished");
        return given().when().get("/results/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("chart", equalTo("/results/" + id + "/chart"))
                .extract().jsonPath();
    }

    /**
     * Polls {@code GET /jobs/{id}} (200 expected every time) until the job is finished, failed or cancelled.
     *
     * @return the job's last JSON
     * @throws org.awaitility.core.ConditionTimeoutException when it does not end within {@code within}; the
     *         message shows the job's last JSON
     */
    public static JsonPath untilEnded(String id, Duration within) {
        String job = await("job " + id + " ends").atMost(within).pollInterval(POLL)
                .until(() -> given().when().get("/jobs/" + id).then().statusCode(200).extract().asString(),
                        json -> ENDED.contains(JsonPath.from(json).getString("status")));
        return JsonPath.from(job);
    }
}
