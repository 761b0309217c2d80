package dev.genedata.hgnc.hgncrest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.support.RedisTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * {@code /rest} of the packaged application on the full HGNC set ({@code ../shared/data/hgnc_complete_set.json.gz},
 * 43,882 records): a few fetches, the fetch of every approved gene and a wildcard search, against the file
 * read with Jackson. Skipped when the file is absent.
 */
@QuarkusIntegrationTest
@WithTestResource(RedisTestResource.class)
class HgncRestIT {

    private static final Path FULL_SET = Path.of("..", "shared", "data", "hgnc_complete_set.json.gz");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static List<ObjectNode> records;

    /** Loads the file once, before the first test (RestAssured knows the application's port only from then on). */
    @BeforeEach
    void loadFullSet() throws IOException {
        Assumptions.assumeTrue(Files.exists(FULL_SET), "the full HGNC set is not at " + FULL_SET.toAbsolutePath()
                + "; this test compares /rest with it");
        if (records != null) {
            return;
        }
        List<ObjectNode> all = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(FULL_SET))) {
            MAPPER.readTree(in).path("response").path("docs").forEach(doc -> all.add((ObjectNode) doc));
        }
        all.sort(Comparator.comparingInt(HgncRestIT::numericId));
        given().contentType(ContentType.JSON).body(Files.readAllBytes(FULL_SET)).when().post("/data")
                .then().statusCode(201);
        long version = given().when().get("/info").then().statusCode(200).extract().jsonPath().getLong("version");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> version == viewVersion());
        records = all;
    }

    @Test
    void fetchesAnswerTheFilesRecords() {
        assertFetch("symbol/BRAF", r -> text(r, "symbol").equals("BRAF"));
        assertFetch("hgnc_id/HGNC:5", r -> text(r, "hgnc_id").equals("HGNC:5"));
        assertFetch("entrez_id/7157", r -> text(r, "entrez_id").equals("7157"));
        String sharedPrevious = mostShared("prev_symbol");
        assertFetch("prev_symbol/" + sharedPrevious.toLowerCase(Locale.ROOT), r -> has(r, "prev_symbol", sharedPrevious));
        String sharedAlias = mostShared("alias_symbol");
        assertFetch("alias_symbol/" + sharedAlias, r -> has(r, "alias_symbol", sharedAlias));
        assertFetch("locus_group/non-coding+RNA", r -> text(r, "locus_group").equals("non-coding RNA"));
    }

    @Test
    void fetchOfEveryApprovedGeneStreamsEveryRecord() throws IOException {
        Response answer = given().urlEncodingEnabled(false).accept(ContentType.JSON).when().get("/rest/fetch/status/Approved");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = MAPPER.readTree(answer.asInputStream());
        assertThat(body.path("response").path("numFound").asInt()).isEqualTo(records.size());
        assertThat(body.path("response").path("docs").size()).isEqualTo(records.size());
        int i = 0;
        for (JsonNode doc : body.path("response").path("docs")) {
            assertThat(doc).as("record %d", i).isEqualTo(records.get(i++));
        }

        SolrXml xml = SolrXml.parse(given().urlEncodingEnabled(false).when().get("/rest/fetch/locus_group/other")
                .then().statusCode(200).extract().asString());
        List<ObjectNode> other = records.stream().filter(r -> text(r, "locus_group").equals("other")).toList();
        assertThat(xml.result("numFound")).isEqualTo(Integer.toString(other.size()));
        assertThat(xml.docs().stream().map(SolrXml::fields).toList())
                .isEqualTo(other.stream().map(SolrXml::expectedFields).toList());
    }

    @Test
    void aWildcardSearchFindsEverySymbol() {
        List<String> expected = records.stream().filter(r -> text(r, "symbol").toUpperCase(Locale.ROOT).startsWith("ZNF"))
                .map(r -> text(r, "hgnc_id")).toList();
        JsonNode answer = json("/rest/search/symbol/ZNF*");
        assertThat(answer.path("response").path("numFound").asInt()).isEqualTo(expected.size());
        assertThat(answer.path("response").path("docs").valueStream().map(doc -> doc.path("hgnc_id").asText()).toList())
                .as("equal scores, so in HGNC id order").isEqualTo(expected);
    }

    private static void assertFetch(String path, Predicate<ObjectNode> matches) {
        List<ObjectNode> expected = records.stream().filter(matches).toList();
        assertThat(expected).as(path).isNotEmpty();
        JsonNode answer = json("/rest/fetch/" + path);
        assertThat(answer.path("response").path("numFound").asInt()).as(path).isEqualTo(expected.size());
        List<JsonNode> docs = answer.path("response").path("docs").valueStream().toList();
        assertThat(docs).as(path).isEqualTo(expected);
    }

    /** The value of an array field that the most records share. */
    private static String mostShared(String field) {
        Map<String, Integer> counts = new TreeMap<>();
        records.forEach(r -> r.path(field).forEach(v -> counts.merge(v.asText(), 1, Integer::sum)));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static JsonNode json(String path) {
        Response answer = given().urlEncodingEnabled(false).accept(ContentType.JSON).when().get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        try {
            return MAPPER.readTree(answer.asInputStream());
        } catch (IOException e) {
            throw new AssertionError(path + " did not answer JSON", e);
        }
    }

    private static String text(ObjectNode record, String field) {
        return record.path(field).asText("");
    }

    private static boolean has(ObjectNode record, String field, String value) {
        return record.path(field).valueStream().anyMatch(v -> v.asText().equalsIgnoreCase(value));
    }

    private static int numericId(ObjectNode record) {
        return Integer.parseInt(text(record, "hgnc_id").substring("HGNC:".length()));
    }

    private static long viewVersion() {
        String header = given().when().get("/rest/info").then().extract().header("X-Data-Version");
        return header == null ? -1 : Long.parseLong(header);
    }
}
