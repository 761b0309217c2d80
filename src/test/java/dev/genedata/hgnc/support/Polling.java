package dev.genedata.hgnc.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;

import io.restassured.path.json.JsonPath;

/** Polls a job until it reaches a final status, as a client would. */
public final class Polling {

    private Polling() {
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
