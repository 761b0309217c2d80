package dev.genedata.hgnc.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.SampleData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With ADMIN_TOKEN set, routes that change data need the bearer token; reads stay open. */
@QuarkusTest
@TestProfile(AdminGuardTest.WithToken.class)
@WithTestResource(RedisTestResource.class)
class AdminGuardTest {

    /** Sets an admin token. */
    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hgnc.admin.token", "s3cret");
        }
    }

    @Test
    void adminRoutesNeedTheToken() {
        given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON)).when().post("/data")
                .then().statusCode(401).contentType(ContentType.JSON).header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("error", equalTo("this route needs 'Authorization: Bearer <token>' (the service's ADMIN_TOKEN)"));
        given().header("Authorization", "Bearer wrong").when().delete("/data")
                .then().statusCode(401).body("error", equalTo("the bearer token is not the service's ADMIN_TOKEN"));
        given().when().delete("/jobs/0b0f6a3c-4a3e-4b8e-9a52-2f3e8f0d1c7a").then().statusCode(401);
    }

    @Test
    void theRightTokenPassesAndReadsStayOpen() {
        given().header("Authorization", "Bearer s3cret").contentType(ContentType.JSON)
                .body(SampleData.bytes(SampleData.JSON)).when().post("/data")
                .then().statusCode(201).body("loaded", equalTo(503));
        given().when().get("/genes/HGNC:5").then().statusCode(200).body("symbol", equalTo("A1BG"));
        given().when().get("/data?limit=1").then().statusCode(200);
        given().header("Authorization", "Bearer s3cret").when().delete("/data")
                .then().statusCode(200).body("deleted", equalTo(503));
    }

    @Test
    void theDataPageAsksForTheTokenAndChecksIt() {
        given().when().get("/ui/data").then().statusCode(200)
                .body(containsString("<input id=\"load-token\" name=\"token\" type=\"password\""));
        given().multiPart("file", "hgnc_sample.json", SampleData.bytes(SampleData.JSON), "application/json")
                .multiPart("token", "wrong").when().post("/ui/data").then().statusCode(401)
                .body(containsString("the admin token is not the service&#39;s ADMIN_TOKEN"));
        given().multiPart("file", "hgnc_sample.json", SampleData.bytes(SampleData.JSON), "application/json")
                .multiPart("token", "s3cret").when().post("/ui/data").then().statusCode(200)
                .body(containsString("Loaded 503 records from hgnc_sample.json"));
        given().formParam("token", "s3cret").when().post("/ui/data/delete").then().statusCode(200)
                .body(containsString("Deleted the data set (503 records)."));
    }

    @Test
    void matchesOnlyTheAdminRoutes() {
        org.assertj.core.api.Assertions.assertThat(AdminGuard.isAdminRoute("POST", "/data")).isTrue();
        org.assertj.core.api.Assertions.assertThat(AdminGuard.isAdminRoute("DELETE", "/data/")).isTrue();
        org.assertj.core.api.Assertions.assertThat(AdminGuard.isAdminRoute("DELETE", "/jobs/x")).isTrue();
        org.assertj.core.api.Assertions.assertThat(AdminGuard.isAdminRoute("GET", "/data")).isFalse();
        org.assertj.core.api.Assertions.assertThat(AdminGuard.isAdminRoute("POST", "/jobs")).isFalse();
    }
}
