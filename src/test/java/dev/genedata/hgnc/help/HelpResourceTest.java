package dev.genedata.hgnc.help;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.support.RedisTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@code /help} lists every route the OpenAPI document has, with its methods, and what each role serves. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class HelpResourceTest {

    @Test
    void helpListsEveryRouteAndMethod() {
        String help = given().when().get("/help").then().statusCode(200)
                .contentType("text/plain").extract().asString();
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        assertThat(paths).containsKeys("/data", "/genes", "/genes/{hgnc_id}", "/genes/symbol/{symbol}", "/info", "/help",
                "/rest/info", "/rest/fetch/{field}/{term}", "/rest/search/{query}", "/rest/search/{field}/{term}");
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> assertThat(help)
                .as("%s %s", method, path)
                .containsPattern("(?m)^  " + method.toUpperCase() + " +" + java.util.regex.Pattern.quote(path) + " +\\S")));
        assertThat(help).contains("/q/swagger-ui");
    }

    @Test
    void helpSaysWhatEachRoleServes() {
        String help = given().when().get("/help").then().statusCode(200).extract().asString();
        assertThat(help.lines()).containsSequence("roles (HGNC_ROLE, chosen at start):",
                "  api     every route above and the /q/ pages; queues jobs but never runs them",
                "  worker  runs jobs; its HTTP port serves only /q/health and /q/metrics, every other path answers 404",
                "  both    API and worker in one process (the default: dev mode, java -jar)");
    }

    @Test
    void everyOperationHasASummaryAndResponses() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().extract().jsonPath().getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat(operation.get("summary")).as("summary of %s %s", method, path).isNotNull();
            assertThat((Map<?, ?>) operation.get("responses")).as("responses of %s %s", method, path).isNotEmpty();
        }));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
