package dev.genedata.hgnc.redis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With no Redis to reach, data routes answer 503 JSON and readiness is down; nothing crashes. */
@QuarkusTest
@TestProfile(RedisDownTest.NoRedis.class)
class RedisDownTest {

    /** Points the application at a loopback port where nothing listens. */
    public static class NoRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hgnc.redis.host", "127.0.0.1", "hgnc.redis.port", "1", "quarkus.redis.timeout", "2s");
        }
    }

    @Test
    void dataRoutesAnswer503Json() {
        for (String route : new String[] {"/genes/HGNC:5", "/genes", "/info", "/data", "/genes/symbol/A1BG"}) {
            given().when().get(route)
                    .then().statusCode(503).contentType(ContentType.JSON)
                    .body("status", equalTo(503))
                    .body("error", containsString("Redis"));
        }
        given().contentType(ContentType.JSON).body("[]").when().post("/data").then().statusCode(503);
        given().when().delete("/data").then().statusCode(503);
    }

    @Test
    void pagesSayThatRedisIsDown() {
        for (String page : new String[] {"/", "/ui/data", "/ui/jobs"}) {
            given().when().get(page).then().statusCode(503).contentType(ContentType.HTML)
                    .body(containsString("<p><strong>The service cannot answer right now.</strong></p>"))
                    .body(containsString("the data store (Redis) is unavailable"))
                    .body(not(containsString(".java:")));
        }
    }

    @Test
    void readinessIsDownButLivenessUp() {
        given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/help").then().statusCode(200);
    }
}
