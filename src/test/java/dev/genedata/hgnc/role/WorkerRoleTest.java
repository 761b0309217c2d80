package dev.genedata.hgnc.role;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.WorkerPort;
import dev.genedata.hgnc.support.WorkerPort.Request;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * In the worker role the HTTP port serves GET and HEAD of health and metrics, and answers every other request,
 * every route of every REST resource with every method included, with the worker's 404 JSON. The fault
 * suite's {@code WorkerRoleIT} proves the same against a real worker process beside an API with data loaded.
 */
@QuarkusTest
@TestProfile(WorkerRoleTest.Worker.class)
@WithTestResource(RedisTestResource.class)
class WorkerRoleTest {

    /** Runs the application as a worker. */
    public static class Worker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hgnc.role", "worker");
        }
    }

    @Test
    void everyOtherRequestAnswersTheWorkersNotFound() {
        List<Request> requests = WorkerPort.refused(Map.of());
        List<String> wrong = new ArrayList<>();
        for (Request request : requests) {
            RequestSpecification spec = given().urlEncodingEnabled(false);
            if (request.hasBody()) {
                spec.contentType(ContentType.JSON).body("{\"analysis\":\"completeness\"}");
            }
            Response answer = spec.when().request(request.method(), request.path());
            if (!WorkerPort.isRefusal(request, answer.statusCode(), answer.contentType(), answer.asString())) {
                wrong.add(request + " → " + answer.statusCode() + " " + answer.asString());
            }
        }
        assertThat(wrong).as("answers other than the worker's 404").isEmpty();
        assertThat(requests).extracting(Request::toString)
                .contains("GET /data", "DELETE /data", "POST /jobs", "DELETE /jobs/x", "GET /results/x/chart",
                        "GET /help", "GET /q/openapi", "POST /q/metrics");
    }

    @Test
    void healthAndMetricsStayOpen() {
        for (String path : WorkerPort.SERVED) {
            given().when().head(path).then().statusCode(200);
        }
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("# TYPE jvm_"));
    }
}
