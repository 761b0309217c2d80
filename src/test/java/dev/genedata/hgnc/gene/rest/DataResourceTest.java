package dev.genedata.hgnc.gene.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.SampleData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

/** {@code /data} and {@code /info}: loads in every format, failed loads, streaming, delete. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class DataResourceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The load lock (see {@code GeneKeys}), and its lease in the test profile. */
    private static final String LOAD_LOCK = "hgnc:load-lock";
    private static final Duration LEASE = Duration.ofSeconds(2);

    @Inject
    Redis redis;

    @BeforeEach
    void loadSample() {
        load(SampleData.bytes(SampleData.JSON), "application/json");
    }

    @Test
    void loadAnswersCountSourceAndTime() {
        given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON))
                .when().post("/data")
                .then().statusCode(201)
                .header("Location", containsString("/info"))
                .body("loaded", equalTo(503))
                .body("source", equalTo("upload"))
                .body("tookMs", greaterThanOrEqualTo(0));
    }

    @Test
    void getDataStreamsEveryRecordInIdOrder() throws IOException {
        JsonNode all = MAPPER.readTree(given().when().get("/data").then().statusCode(200)
                .contentType(ContentType.JSON).extract().asByteArray());
        List<String> expected = SampleData.ids(r -> true);
        assertThat(all.size()).isEqualTo(503);
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).get("hgnc_id").asText()).isEqualTo(expected.get(i));
            assertThat(all.get(i)).isEqualTo(SampleData.record(expected.get(i)));
        }
        JsonNode page = MAPPER.readTree(given().when().get("/data?offset=2&limit=3").then().statusCode(200)
                .extract().asByteArray());
        assertThat(page.size()).isEqualTo(3);
        assertThat(page.get(0).get("hgnc_id").asText()).isEqualTo(expected.get(2));
        given().when().get("/data?offset=-1").then().statusCode(400).body("status", equalTo(400));
    }

    @Test
    void tsvAndGzipUploadsGiveTheSameRecords() throws IOException {
        byte[] fromJson = given().when().get("/data").then().extract().asByteArray();
        given().contentType("text/tab-separated-values").body(SampleData.bytes(SampleData.TSV))
                .when().post("/data").then().statusCode(201).body("loaded", equalTo(503));
        assertThat(MAPPER.readTree(given().when().get("/data").then().extract().asByteArray()))
                .isEqualTo(MAPPER.readTree(fromJson));
        given().contentType("text/tab-separated-values").header("Content-Encoding", "gzip")
                .body(SampleData.gzip(SampleData.bytes(SampleData.TSV)))
                .when().post("/data").then().statusCode(201).body("loaded", equalTo(503));
        given().contentType(ContentType.JSON).body(SampleData.gzip(SampleData.bytes(SampleData.JSON)))
                .when().post("/data").then().statusCode(201).body("loaded", equalTo(503));
        assertThat(MAPPER.readTree(given().when().get("/data").then().extract().asByteArray()))
                .isEqualTo(MAPPER.readTree(fromJson));
    }

    @Test
    void aFailedLoadLeavesTheCurrentSetIntact() {
        String before = given().when().get("/info").then().statusCode(200).extract().path("version").toString();
        byte[] json = SampleData.bytes(SampleData.JSON);
        given().contentType(ContentType.JSON).body(Arrays.copyOf(json, json.length / 2))
                .when().post("/data")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("status", equalTo(400))
                .body("error", containsString("truncated"));
        given().contentType(ContentType.JSON).body("{\"response\":{\"docs\":[{\"symbol\":\"X\"}]}}")
                .when().post("/data")
                .then().statusCode(400).body("error", containsString("hgnc_id"));
        given().contentType(ContentType.TEXT).body("this is not an HGNC file")
                .when().post("/data")
                .then().statusCode(400).body("status", equalTo(400));
        given().when().get("/info").then().statusCode(200)
                .body("records", equalTo(503))
                .body("version", equalTo(Integer.parseInt(before)));
        given().when().get("/genes/HGNC:5").then().statusCode(200).body("symbol", equalTo("A1BG"));
        assertThat(given().when().get("/genes").then().extract().jsonPath().getList(".")).hasSize(503);
        // The truncated file got as far as sending a batch of records; nothing of the failed versions is left.
        List<Long> versions = new ArrayList<>();
        redis.send(Request.cmd(Command.KEYS).arg("hgnc:v[0-9]*")).await().atMost(Duration.ofSeconds(5))
                .forEach(key -> versions.add(Long.parseLong(key.toString().split(":")[1].substring(1))));
        assertThat(versions).isNotEmpty().allMatch(version -> version <= Long.parseLong(before));
    }

    @Test
    void anUnreachableSourceGives502AndLeavesTheSetIntact() {
        // the test profile points hgnc.source.url at a file that does not exist, so no test goes online
        given().when().post("/data")
                .then().statusCode(502).contentType(ContentType.JSON)
                .body("status", equalTo(502))
                .body("error", containsString("no-such-hgnc-source.json"));
        given().when().get("/info").then().statusCode(200).body("records", equalTo(503));
    }

    @Test
    void deleteThenGetGivesAnEmptySet() {
        given().when().delete("/data").then().statusCode(200).body("deleted", equalTo(503));
        given().when().get("/data").then().statusCode(200).body(equalTo("[]"));
        given().when().get("/genes").then().statusCode(200).body(equalTo("[]")).header("X-Total-Count", "0");
        given().when().get("/genes/HGNC:5").then().statusCode(404).body("status", equalTo(404));
        given().when().get("/info").then().statusCode(404)
                .body("error", equalTo("no data set is loaded; POST /data first"));
        given().when().delete("/data").then().statusCode(200).body("deleted", equalTo(0));
    }

    @Test
    void onlyTheLatestReplacedSetStaysReadableOlderOnesAreDeletedAtOnce() {
        long first = version();
        load(SampleData.bytes(SampleData.JSON), "application/json");
        long second = version();
        load(SampleData.bytes(SampleData.JSON), "application/json");
        long third = version();

        assertThat(keysOf(first)).as("the set replaced two loads ago").isEmpty();
        assertThat(keysOf(second)).as("the set just replaced: readable for the grace period")
                .containsExactlyInAnyOrder(Stream.of("genes", "ids", "info", "columns").map(part -> "hgnc:v" + second + ":" + part)
                        .toArray(String[]::new))
                .allSatisfy(key -> assertThat(ttlMillis(key)).isBetween(1L, Duration.ofMinutes(2).toMillis()));
        assertThat(keysOf(third)).as("the current set never expires")
                .hasSize(4).allSatisfy(key -> assertThat(ttlMillis(key)).isEqualTo(-1L));

        given().when().delete("/data").then().statusCode(200).body("deleted", equalTo(503));
        assertThat(keysOf(second)).isEmpty();
        assertThat(keysOf(third)).hasSize(4).allSatisfy(key -> assertThat(ttlMillis(key)).isPositive());
    }

    @Test
    void aLoadWhileAnotherHoldsTheLockIs409UntilTheDeadLoadersLeaseRunsOut() {
        // A loader that died right after taking the lock: nobody renews it.
        send(Request.cmd(Command.SET).arg(LOAD_LOCK).arg("a-loader-that-died").arg("PX").arg(LEASE.toMillis()));
        given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON))
                .when().post("/data")
                .then().statusCode(409).contentType(ContentType.JSON)
                .body("error", equalTo("another load of the data set is in progress; try again when it has finished "
                        + "(the lock of a load whose process died frees itself within 2 s)"));

        await("a load once the dead loader's lease has run out").atMost(LEASE.plusSeconds(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON))
                        .when().post("/data").then().extract().statusCode(), status -> status == 201);
        assertThat(text(LOAD_LOCK)).as("the swap released the lock").isNull();
        assertThat(keysOf(version())).hasSize(4).allSatisfy(key -> assertThat(ttlMillis(key)).isEqualTo(-1L));
    }

    @Test
    void aReloadThatRedisRefusesForLackOfMemoryIs507AndKeepsTheSet() {
        long before = version();
        long used = Long.parseLong(info("used_memory"));
        // Room for the lock and a batch of records, not for a second set of the sample (about 1 MB).
        send(Request.cmd(Command.CONFIG).arg("SET").arg("maxmemory").arg(used + 200_000));
        try {
            given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON))
                    .when().post("/data")
                    .then().statusCode(507).contentType(ContentType.JSON)
                    .body("status", equalTo(507))
                    .body("error", startsWith("Redis is out of memory (maxmemory " + megabytes(used + 200_000) + " MB, "))
                    .body("error", matchesPattern(".*: a reload needs room for the current set and the new one, about "
                            + "[1-9][0-9]* MB; raise maxmemory or delete the data first \\(DELETE /data\\)"));
        } finally {
            send(Request.cmd(Command.CONFIG).arg("SET").arg("maxmemory").arg(0));
        }
        assertThat(keysOf(before + 1)).as("the refused load's keys").isEmpty();
        assertThat(text(LOAD_LOCK)).as("the refused load released the lock").isNull();
        given().when().get("/info").then().statusCode(200)
                .body("records", equalTo(503))
                .body("version", equalTo((int) before));
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void infoCountsWhatTheSampleHolds() {
        long approved = SampleData.records().stream().filter(r -> SampleData.textIs(r, "status", "Approved")).count();
        given().when().get("/info").then().statusCode(200)
                .body("records", equalTo(503))
                .body("source", equalTo("upload"))
                .body("newestModified", equalTo(newest("date_modified")))
                .body("newestApproved", equalTo(newest("date_approved_reserved")))
                .body("fields[0]", equalTo("hgnc_id"))
                .body("counts.locus_group.'protein-coding gene'", equalTo(220))
                .body("counts.locus_group.pseudogene", equalTo(142))
                .body("counts.locus_group.'non-coding RNA'", equalTo(109))
                .body("counts.locus_group.other", equalTo(32))
                .body("counts.status.Approved", equalTo((int) approved))
                .body("counts.chromosome.MT", equalTo(SampleData.ids(r -> "mitochondria".equals(r.path("location").asText())).size()));
    }

    @Test
    void unknownRoutesAndMethodsAnswerJson() {
        given().when().get("/nope").then().statusCode(404).contentType(ContentType.JSON).body("status", equalTo(404));
        given().when().put("/data").then().statusCode(405).contentType(ContentType.JSON).body("status", equalTo(405));
    }

    private static long version() {
        return given().when().get("/info").then().statusCode(200).extract().<Integer>path("version").longValue();
    }

    private List<String> keysOf(long version) {
        List<String> keys = new ArrayList<>();
        redis.send(Request.cmd(Command.KEYS).arg("hgnc:v" + version + ":*")).await().atMost(Duration.ofSeconds(5))
                .forEach(key -> keys.add(key.toString()));
        return keys;
    }

    private String text(String key) {
        Response value = send(Request.cmd(Command.GET).arg(key));
        return value == null ? null : value.toString();
    }

    /** A field of Redis's {@code INFO}. */
    private String info(String field) {
        return send(Request.cmd(Command.INFO)).toString().lines().filter(line -> line.startsWith(field + ":"))
                .map(line -> line.substring(field.length() + 1).trim()).findFirst().orElseThrow();
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    private Response send(Request request) {
        return redis.send(request).await().atMost(Duration.ofSeconds(5));
    }

    private long ttlMillis(String key) {
        return redis.send(Request.cmd(Command.PTTL).arg(key)).await().atMost(Duration.ofSeconds(5)).toLong();
    }

    private static String newest(String field) {
        return SampleData.records().stream().filter(r -> r.has(field)).map(r -> r.get(field).asText())
                .max(String::compareTo).orElseThrow();
    }

    private static void load(byte[] body, String contentType) {
        given().contentType(contentType).body(body).when().post("/data").then().statusCode(201);
    }

}
