package dev.genedata.hgnc.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Submits jobs and polls them until they reach a final status, as a client would. */
public final class Polling {

    /** How long a test waits for a job on the sample. */
    public static final Duration WITHIN = Duration.ofSeconds(30);

    private Polling() {
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
     * Polls {@code GET /jobs/{id}} until the job is finished, failed or cancelled.
     *
     * @return the job's last JSON
     * @throws AssertionError when it does not end within {@code within}
     */
    public static JsonPath untilEnded(String id, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            JsonPath job = given().when().get("/jobs/" + id).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("finished") || status.equals("failed") || status.equals("cancelled")) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + id + " still " + status + " after " + within);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
