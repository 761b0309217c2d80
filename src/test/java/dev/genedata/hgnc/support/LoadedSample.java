package dev.genedata.hgnc.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.restassured.http.ContentType;

/** Loads the 503-record sample through {@code POST /data} and waits until the replica's read view serves it. */
public final class LoadedSample {

    private LoadedSample() {
    }

    /** Loads the sample (201 expected) and returns once {@code GET /search} answers from its version. */
    public static void load() {
        given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON))
                .when().post("/data").then().statusCode(201);
        long version = given().when().get("/info").then().statusCode(200).extract().jsonPath().getLong("version");
        await("the read view serves version " + version).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> viewVersion() == version);
    }

    /** The data version the replica's read view answers from, as {@code GET /search} says it; -1 before it has one. */
    public static long viewVersion() {
        String header = given().queryParam("limit", 0).when().get("/search").then().extract().header("X-Data-Version");
        return header == null ? -1 : Long.parseLong(header);
    }
}
