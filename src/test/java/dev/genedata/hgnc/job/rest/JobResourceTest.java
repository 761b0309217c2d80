package dev.genedata.hgnc.job.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.Chromosomes;
import dev.genedata.hgnc.support.JobClient;
import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.SampleData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;

/**
 * End to end: submit each kind against the loaded sample, poll until finished, and compare the
 * numbers with numbers computed here from the sample file.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class JobResourceTest {

    @Inject
    Redis redis;

    @BeforeEach
    void loadSample() {
        given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON))
                .when().post("/data").then().statusCode(201);
    }

    @Test
    void countsByLocusGroupMatchTheSample() {
        JsonPath result = JobClient.finishedResult("{\"analysis\":\"counts\",\"group_by\":\"locus_group\"}");
        assertThat(result.getInt("matched")).isEqualTo(503);
        Map<String, Integer> counts = result.getMap("counts", String.class, Integer.class);
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "protein-coding gene", 220, "pseudogene", 142, "non-coding RNA", 109, "other", 32));
        assertThat(result.getString("params.group_by")).isEqualTo("locus_group");
    }

    @Test
    void countsByChromosomeWithAFilterMatchTheSample() {
        JsonPath result = JobClient.finishedResult("{\"analysis\":\"counts\",\"group_by\":\"chromosome\","
                + "\"filter\":{\"locus_group\":\"protein-coding gene\"}}");
        List<ObjectNode> matched = SampleData.records().stream()
                .filter(r -> SampleData.textIs(r, "locus_group", "protein-coding gene")).toList();
        assertThat(result.getInt("matched")).isEqualTo(matched.size());
        Map<String, Integer> counts = result.getMap("counts", String.class, Integer.class);
        for (String chromosome : Chromosomes.ALL) {
            long expected = matched.stream()
                    .filter(r -> Chromosomes.fromLocation(r.path("location").asText(null)).contains(chromosome)).count();
            assertThat(counts.getOrDefault(chromosome, 0)).as("chromosome %s", chromosome).isEqualTo((int) expected);
        }
    }

    @Test
    void approvalsByYearMatchTheSample() {
        JsonPath result = JobClient.finishedResult("{\"analysis\":\"approvals_by_year\",\"start_year\":2000,\"end_year\":2010}");
        Map<String, Integer> expected = new TreeMap<>();
        for (int year = 2000; year <= 2010; year++) {
            expected.put(Integer.toString(year), 0);
        }
        SampleData.records().forEach(r -> {
            String date = r.path("date_approved_reserved").asText("");
            if (date.length() >= 4 && expected.containsKey(date.substring(0, 4))) {
                expected.merge(date.substring(0, 4), 1, Integer::sum);
            }
        });
        assertThat(result.getMap("counts", String.class, Integer.class)).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void completenessMatchesTheSample() {
        JsonPath result = JobClient.finishedResult("{\"analysis\":\"completeness\",\"filter\":{\"chromosome\":\"x\"}}");
        List<ObjectNode> matched = SampleData.records().stream()
                .filter(r -> Chromosomes.fromLocation(r.path("location").asText(null)).contains("X")).toList();
        assertThat(result.getInt("matched")).isEqualTo(matched.size());
        Map<String, Object> shares = result.getMap("counts");
        for (String field : List.of("symbol", "gene_group", "omim_id", "ccds_id")) {
            long filled = matched.stream().filter(r -> r.has(field)).count();
            double expected = Math.round(1000.0 * filled / matched.size()) / 10.0;
            assertThat(((Number) shares.get(field)).doubleValue()).as(field).isEqualTo(expected);
        }
    }

    @Test
    void aFinishedJobHasItsFieldsAndAValidChart() throws IOException {
        String id = JobClient.submit("{\"analysis\":\"counts\",\"group_by\":\"locus_type\",\"width\":800,\"height\":500}");
        JsonPath job = JobClient.untilEnded(id, JobClient.WITHIN);
        assertThat(job.getString("status")).isEqualTo("finished");
        assertThat(job.getInt("progress")).isEqualTo(100);
        assertThat(job.getInt("attempts")).isEqualTo(1);
        assertThat(job.getString("started")).isNotNull();
        assertThat(job.getString("finished")).isNotNull();
        assertThat(job.getString("links.chart")).isEqualTo("/results/" + id + "/chart");
        byte[] png = given().when().get("/results/" + id + "/chart")
                .then().statusCode(200).contentType("image/png")
                .header("Content-Disposition", "inline; filename=\"" + id + ".png\"")
                .extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
    }

    @Test
    void aRedisOutOfMemoryRefusesAJobWith507AndReadsGoOn() {
        int jobsBefore = given().when().get("/jobs?limit=100").then().statusCode(200).extract().path("size()");
        send(Request.cmd(Command.CONFIG).arg("SET").arg("maxmemory").arg(1)); // every write is refused
        try {
            given().contentType(ContentType.JSON).body("{\"analysis\":\"completeness\"}")
                    .when().post("/jobs")
                    .then().statusCode(507).contentType(ContentType.JSON)
                    .body("status", equalTo(507))
                    .body("error", startsWith("the data store (Redis) is out of memory (maxmemory reached) and refuses "
                            + "writes"));
            given().when().get("/jobs?limit=100").then().statusCode(200).body("size()", equalTo(jobsBefore));
            given().when().get("/genes/HGNC:5").then().statusCode(200).body("symbol", equalTo("A1BG"));
        } finally {
            send(Request.cmd(Command.CONFIG).arg("SET").arg("maxmemory").arg(0));
        }
        given().contentType(ContentType.JSON).body("{\"analysis\":\"completeness\"}")
                .when().post("/jobs").then().statusCode(201);
    }

    private void send(Request request) {
        redis.send(request).await().atMost(Duration.ofSeconds(5));
    }

    @Test
    void submissionAnswers201WithLocationAndNormalizedParams() {
        given().contentType(ContentType.JSON).body("{\"analysis\":\"counts\",\"group_by\":\"gene_group\"}")
                .when().post("/jobs")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/jobs/[0-9a-f-]{36}$"))
                .body("status", matchesPattern("queued|running|finished"))
                .body("analysis", equalTo("counts"))
                .body("params.group_by", equalTo("gene_group"))
                .body("params.top", equalTo(20))
                .body("submitted", notNullValue())
                .body("attempts", notNullValue());
    }

    @Test
    void badRequestsCreateNoJob() {
        int before = jobCount();
        given().contentType(ContentType.JSON).body("not json").when().post("/jobs")
                .then().statusCode(400).body("error", containsString("not valid JSON"));
        given().contentType(ContentType.JSON).body("[1,2]").when().post("/jobs")
                .then().statusCode(400).body("error", containsString("JSON object"));
        given().contentType(ContentType.JSON).body("{\"analysis\":\"nope\"}").when().post("/jobs")
                .then().statusCode(400).body("error", containsString("analysis"));
        given().contentType(ContentType.JSON).body("{\"analysis\":\"counts\",\"group_by\":\"gene_group\",\"top\":500}")
                .when().post("/jobs").then().statusCode(400).body("error", containsString("top"));
        given().contentType(ContentType.JSON).body("{\"analysis\":\"approvals_by_year\",\"start_year\":2010,\"end_year\":2000}")
                .when().post("/jobs").then().statusCode(400).body("error", containsString("start_year"));
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void noDataMeans409() {
        given().when().delete("/data").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"analysis\":\"completeness\"}").when().post("/jobs")
                .then().statusCode(409).body("error", equalTo("no data set is loaded; POST /data first, then submit the job again"));
    }

    @Test
    void unknownAndMalformedIds() {
        String unknown = "0b0f6a3c-4a3e-4b8e-9a52-2f3e8f0d1c7a";
        for (String route : List.of("/jobs/", "/results/", "/results/%s/chart")) {
            String path = route.contains("%s") ? route.formatted(unknown) : route + unknown;
            given().when().get(path).then().statusCode(404).contentType(ContentType.JSON)
                    .body("error", equalTo("no job " + unknown + " (it never existed, was deleted, or expired)"));
        }
        given().when().get("/jobs/not-a-uuid").then().statusCode(400).body("status", equalTo(400))
                .body("error", containsString("malformed job id 'not-a-uuid'"));
        given().when().get("/results/../etc").then().statusCode(404);
    }

    @Test
    void deletingAFinishedJobDeletesItsResult() {
        String id = JobClient.submit("{\"analysis\":\"completeness\"}");
        assertThat(JobClient.untilEnded(id, JobClient.WITHIN).getString("status")).isEqualTo("finished");
        given().when().delete("/jobs/" + id).then().statusCode(200).body("deleted", equalTo(id));
        given().when().get("/jobs/" + id).then().statusCode(404);
        given().when().get("/results/" + id).then().statusCode(404);
    }

    @Test
    void listIsNewestFirstWithAStatusFilter() {
        String first = JobClient.submit("{\"analysis\":\"completeness\"}");
        String second = JobClient.submit("{\"analysis\":\"completeness\"}");
        JobClient.untilEnded(first, JobClient.WITHIN);
        JobClient.untilEnded(second, JobClient.WITHIN);
        List<String> ids = given().when().get("/jobs?status=finished&limit=2").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
        assertThat(ids).containsExactly(second, first);
        given().when().get("/jobs?status=bogus").then().statusCode(400).body("error", containsString("status must be one of"));
    }

    private static int jobCount() {
        return given().when().get("/jobs?limit=100000").then().statusCode(200).extract().jsonPath().getList("$").size();
    }
}
