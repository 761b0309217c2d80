package dev.genedata.hgnc.worker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.job.model.AnalysisKind;
import dev.genedata.hgnc.support.JobClient;
import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.SampleData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The operator's view at {@code /q/metrics}: after a finished and a failed job, the counters, the
 * duration histogram and the gauges show them, and every analysis kind has its counters from the start.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class WorkerMetricsTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Test
    void jobsShowInThePrometheusMetrics() {
        given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON))
                .when().post("/data").then().statusCode(201);
        double finishedBefore = value(metrics(), "hgnc_jobs_finished_total{analysis=\"completeness\"}");
        double durationsBefore = value(metrics(), "hgnc_job_duration_seconds_count{analysis=\"completeness\"}");

        String id = given().contentType(ContentType.JSON).body("{\"analysis\":\"completeness\"}")
                .when().post("/jobs").then().statusCode(201).extract().path("id");
        assertThat(JobClient.untilEnded(id, WITHIN).getString("status")).isEqualTo("finished");

        String metrics = metrics();
        assertThat(value(metrics, "hgnc_jobs_finished_total{analysis=\"completeness\"}")).isEqualTo(finishedBefore + 1);
        assertThat(value(metrics, "hgnc_job_duration_seconds_count{analysis=\"completeness\"}"))
                .isEqualTo(durationsBefore + 1);
        assertThat(value(metrics, "hgnc_jobs_in_flight")).isZero();
        for (AnalysisKind kind : AnalysisKind.values()) {
            for (String counter : new String[] { "finished", "failed", "reaped", "cancelled" }) {
                assertThat(metrics).contains("hgnc_jobs_" + counter + "_total{analysis=\"" + kind.id() + "\"}");
            }
        }
        assertThat(metrics).contains("# HELP hgnc_queue_depth Jobs waiting in the queue for a worker");
        assertThat(value(metrics, "hgnc_queue_depth")).isZero();
        // The data-set gauge is read from Redis every 5 s.
        await("the data-set gauge shows the sample's 503 records").atMost(WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> value(metrics(), "hgnc_dataset_records"), records -> records == 503);
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one sample line, e.g. {@code hgnc_queue_depth 0.0}; fails when the line is missing. */
    private static double value(String metrics, String sample) {
        Matcher line = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        assertThat(line.find()).as("metric line %s in%n%s", sample, metrics).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
