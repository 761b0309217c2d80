package dev.genedata.hgnc.resolve.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.support.RedisTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * {@code POST /genes/resolve} in the packaged application with the full HGNC set
 * ({@code ../shared/data/hgnc_complete_set.json.gz}, 43,882 records): the spreadsheet dates the issue names, and a
 * sample of previous and alias symbols drawn from the file, against answers worked out from the file with Jackson.
 * Skipped when the file is absent.
 */
@QuarkusIntegrationTest
@WithTestResource(RedisTestResource.class)
class ResolveIT {

    private static final Path FULL_SET = Path.of("..", "shared", "data", "hgnc_complete_set.json.gz");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SAMPLED = 3_000;

    private static ResolveTruth truth;

    @BeforeEach
    void loadTheFullSet() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(FULL_SET), "the full HGNC set is not at " + FULL_SET.toAbsolutePath()
                + "; this test needs it");
        if (truth != null) {
            return;
        }
        given().contentType(ContentType.JSON).body(Files.readAllBytes(FULL_SET)).when().post("/data").then()
                .statusCode(201);
        Long version = given().when().get("/info").then().statusCode(200).extract().jsonPath().getLong("version");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> version
                .equals(dataVersion()));
        List<JsonNode> records = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(FULL_SET))) {
            MAPPER.readTree(in).path("response").path("docs").forEach(records::add);
        }
        truth = new ResolveTruth(records);
    }

    @Test
    void theSpreadsheetDatesOfTheIssueResolveThroughTheSymbolsTheyMayHaveBeen() {
        Map<String, List<String>> spellings = Map.of("1-Mar", List.of("MAR1", "MARCH1", "MARC1"),
                "2-Sep", List.of("SEP2", "SEPTEMBER2", "SEPT2"), "1-Dec", List.of("DEC1", "DECEMBER1"),
                "4-Oct", List.of("OCT4", "OCTOBER4"), "Mar-01", List.of("MAR1", "MARCH1", "MARC1"));
        List<String> inputs = List.copyOf(spellings.keySet());
        JsonNode answer = resolve(inputs);
        for (int i = 0; i < inputs.size(); i++) {
            truth.assertEntry(answer.get(i), inputs.get(i), spellings.get(inputs.get(i)));
        }
        JsonNode march = answer.get(inputs.indexOf("1-Mar"));
        assertThat(march.path("ambiguous").asBoolean()).isTrue();
        assertThat(march.path("matches").findValuesAsText("symbol")).startsWith("MARCHF1", "MTARC1");
        assertThat(march.path("matches").findValuesAsText("viaSpreadsheetDate")).startsWith("MARCH1", "MARC1");
        JsonNode september = answer.get(inputs.indexOf("2-Sep"));
        assertThat(september.path("resolved").path("symbol").asText()).isEqualTo("SEPTIN2");
        assertThat(september.path("matches").get(0).path("viaSpreadsheetDate").asText()).isEqualTo("SEPT2");
        JsonNode december = answer.get(inputs.indexOf("1-Dec"));
        assertThat(december.path("resolved").path("symbol").asText()).isEqualTo("DELEC1");
        assertThat(december.path("matches").get(0).path("viaSpreadsheetDate").asText()).isEqualTo("DEC1");
        assertThat(answer.get(inputs.indexOf("4-Oct")).path("resolved").path("symbol").asText()).isEqualTo("POU5F1");
    }

    @Test
    void aSampleOfPreviousAndAliasSymbolsResolvesByTheRules() {
        List<String> previous = truth.values(genes -> genes.values().stream().anyMatch(t -> t.contains("previous_symbol")));
        List<String> aliases = truth.values(genes -> genes.values().stream().anyMatch(t -> t.contains("alias_symbol")));
        Random random = new Random(43_882);
        List<String> inputs = new ArrayList<>();
        for (List<String> values : List.of(previous, aliases)) {
            List<String> shuffled = new ArrayList<>(values);
            Collections.shuffle(shuffled, random);
            inputs.addAll(shuffled.subList(0, SAMPLED));
        }
        Collections.shuffle(inputs, random);
        JsonNode answer = resolve(inputs);
        assertThat(answer).hasSize(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            truth.assertEntry(answer.get(i), inputs.get(i), List.of());
        }
        assertThat(answer.findValues("ambiguous").stream().filter(JsonNode::asBoolean).count())
                .as("some sampled symbols name several genes").isPositive();
    }

    private static JsonNode resolve(List<String> inputs) {
        String body = given().contentType(ContentType.JSON).body(inputs).when().post("/genes/resolve").then()
                .statusCode(200).extract().asString();
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Long dataVersion() {
        String header = given().contentType(ContentType.JSON).body(List.of("A1BG")).when().post("/genes/resolve").then()
                .extract().header("X-Data-Version");
        return header == null ? null : Long.valueOf(header);
    }
}
