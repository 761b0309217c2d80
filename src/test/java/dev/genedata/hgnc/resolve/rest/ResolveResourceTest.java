package dev.genedata.hgnc.resolve.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.support.LoadedSample;
import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.SampleData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * {@code POST /genes/resolve} on the sample, against answers worked out from the sample file with Jackson: where
 * each value occurs (which genes hold it as approved, previous or alias symbol or as an identifier), and the rules
 * the route documents: an approved symbol wins, then an identifier, then a previous symbol, then an alias symbol;
 * several genes at the best level are ambiguous.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class ResolveResourceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Text in UTF-8 (RestAssured would otherwise send text/plain as ISO-8859-1). */
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final ResolveTruth TRUTH = new ResolveTruth(SampleData.records());

    @BeforeEach
    void loadSample() {
        Response info = given().when().get("/info");
        if (info.statusCode() != 200 || LoadedSample.viewVersion() != info.jsonPath().getLong("version")) {
            LoadedSample.load();
        }
    }

    @Test
    void approvedSymbolsResolveInAnyCase() {
        List<ObjectNode> records = SampleData.records().subList(0, 40);
        List<String> inputs = records.stream().map(r -> r.path("symbol").asText().toLowerCase(Locale.ROOT)).toList();
        JsonNode answer = resolveJson(inputs);
        for (int i = 0; i < records.size(); i++) {
            JsonNode entry = answer.get(i);
            assertThat(entry.path("input").asText()).isEqualTo(inputs.get(i));
            assertThat(entry.path("resolved").path("hgnc_id").asText()).isEqualTo(records.get(i).path("hgnc_id").asText());
            assertThat(entry.path("resolved").path("symbol").asText()).isEqualTo(records.get(i).path("symbol").asText());
            assertThat(entry.path("ambiguous").asBoolean()).isFalse();
            JsonNode first = entry.path("matches").get(0);
            assertThat(first.path("matchType").asText()).isEqualTo("approved_symbol");
            assertThat(first.path("name").asText()).isEqualTo(records.get(i).path("name").asText());
            assertThat(first.path("location").asText(null)).isEqualTo(records.get(i).path("location").asText(null));
            assertThat(first.has("viaSpreadsheetDate")).isFalse();
        }
    }

    @Test
    void aPreviousOrAliasSymbolOfOneGeneResolvesToIt() {
        List<String> previous = TRUTH.values(genes -> genes.size() == 1 && bestType(genes).equals("previous_symbol"));
        List<String> aliases = TRUTH.values(genes -> genes.size() == 1 && bestType(genes).equals("alias_symbol"));
        assertThat(previous).hasSizeGreaterThan(20);
        assertThat(aliases).hasSizeGreaterThan(20);
        for (List<String> inputs : List.of(previous, aliases)) {
            JsonNode answer = resolveJson(inputs);
            for (int i = 0; i < inputs.size(); i++) {
                String gene = TRUTH.genes(inputs.get(i)).keySet().iterator().next();
                assertThat(answer.get(i).path("resolved").path("hgnc_id").asText()).as(inputs.get(i)).isEqualTo(gene);
                assertThat(answer.get(i).path("matches").get(0).path("matchType").asText())
                        .isEqualTo(bestType(TRUTH.genes(inputs.get(i))));
            }
        }
    }

    @Test
    void anAliasOfTwoGenesIsAmbiguousAndListsBoth() {
        List<String> shared = TRUTH.values(genes -> genes.size() == 2 && genes.values().stream()
                .allMatch(types -> types.equals(Set.of("alias_symbol"))));
        assertThat(shared).as("aliases of two genes in the sample").isNotEmpty();
        JsonNode answer = resolveJson(shared);
        for (int i = 0; i < shared.size(); i++) {
            JsonNode entry = answer.get(i);
            assertThat(entry.path("resolved").isNull()).isTrue();
            assertThat(entry.path("ambiguous").asBoolean()).isTrue();
            assertThat(entry.path("matches").findValuesAsText("hgnc_id"))
                    .containsExactlyInAnyOrderElementsOf(TRUTH.genes(shared.get(i)).keySet());
            assertThat(entry.path("matches").findValuesAsText("matchType")).containsOnly("alias_symbol");
        }
    }

    @Test
    void everyIdentifierOfOneGeneResolvesWithItsFieldAsMatchType() {
        for (String field : ResolveTruth.IDENTIFIERS) {
            List<String> ids = TRUTH.values(genes -> genes.size() == 1 && genes.values().iterator().next().equals(Set.of(field)));
            assertThat(ids).as(field).isNotEmpty();
            List<String> some = ids.subList(0, Math.min(ids.size(), 20)).stream().map(v -> v.toUpperCase(Locale.ROOT))
                    .toList();
            JsonNode answer = resolveJson(some);
            for (int i = 0; i < some.size(); i++) {
                String gene = TRUTH.genes(some.get(i)).keySet().iterator().next();
                assertThat(answer.get(i).path("resolved").path("hgnc_id").asText()).as(field + " " + some.get(i))
                        .isEqualTo(gene);
                assertThat(answer.get(i).path("matches").get(0).path("matchType").asText()).isEqualTo(field);
            }
        }
    }

    /**
     * Every value of the sample's symbol and identifier fields, and unknown ones, in one shuffled request: each entry
     * is in input order, lists exactly the genes that hold the value, each with its best match type, best first, and
     * resolves by the rules.
     */
    @Test
    void everyValueOfTheSampleResolvesByTheRulesInInputOrder() {
        List<String> inputs = new ArrayList<>(TRUTH.values(genes -> true));
        for (int i = 0; i < 50; i++) {
            inputs.add("NOSUCHGENE" + i);
        }
        Collections.shuffle(inputs, new Random(15));
        JsonNode answer = resolveJson(inputs);
        assertThat(answer).hasSize(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            TRUTH.assertEntry(answer.get(i), inputs.get(i), List.of());
        }
    }

    @Test
    void spreadsheetDatesResolveThroughTheSymbolsTheyMayHaveBeen() {
        Map<String, List<String>> spellings = Map.of("3-Mar", List.of("MAR3", "MARCH3", "MARC3"),
                "Sep-08", List.of("SEP8", "SEPTEMBER8", "SEPT8"), "2-Sep", List.of("SEP2", "SEPTEMBER2", "SEPT2"));
        List<String> inputs = List.copyOf(spellings.keySet());
        JsonNode answer = resolveJson(inputs);
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode entry = answer.get(i);
            TRUTH.assertEntry(entry, inputs.get(i), spellings.get(inputs.get(i)));
            assertThat(entry.path("resolved").isObject()).as("the sample holds a symbol for " + inputs.get(i)).isTrue();
            assertThat(entry.path("matches").findValuesAsText("viaSpreadsheetDate"))
                    .hasSize(entry.path("matches").size()).isSubsetOf(spellings.get(inputs.get(i)));
        }
    }

    @Test
    void textGivesTheSameAnswerAsJsonWithEmptyItemsSkipped() {
        List<String> inputs = List.of("A1BG", "brcc2", "1-Mar", "HGNC:5", "NOSUCHGENE", "tp53");
        String json = given().contentType(ContentType.JSON).body(inputs).when().post("/genes/resolve").then()
                .statusCode(200).contentType("application/json").extract().asString();
        String text = given().contentType(TEXT).body("\uFEFFA1BG\r\n brcc2 ,1-Mar\t\tHGNC:5\n\nNOSUCHGENE,tp53\n")
                .when().post("/genes/resolve").then().statusCode(200).extract().asString();
        assertThat(text).isEqualTo(json);
        JsonNode withEmpty = resolveJson(List.of("A1BG", "", " "));
        assertThat(withEmpty).hasSize(3);
        assertThat(withEmpty.get(1).path("input").asText()).isEmpty();
        assertThat(withEmpty.get(1).path("matches")).isEmpty();
        assertThat(resolveJson(List.of())).isEmpty();
    }

    @Test
    void csvAndTsvHoldOneRowPerInputAndMatchWithTheCheckersColumns() {
        List<String> inputs = List.of("A1BG", "brcc2", "NOSUCHGENE", "3-Mar", "a1bg");
        JsonNode json = resolveJson(inputs);
        List<List<String>> expected = new ArrayList<>();
        expected.add(List.of("Input", "Match type", "Approved symbol", "Approved name", "HGNC ID", "Location", "Resolved",
                "Via spreadsheet date"));
        for (JsonNode entry : json) {
            if (entry.path("matches").isEmpty()) {
                expected.add(List.of(entry.path("input").asText(), "unmatched", "", "", "", "", "false", ""));
            }
            for (JsonNode match : entry.path("matches")) {
                expected.add(List.of(entry.path("input").asText(), match.path("matchType").asText(),
                        match.path("symbol").asText(), match.path("name").asText(), match.path("hgnc_id").asText(),
                        match.path("location").asText(""), Boolean.toString(match.path("hgnc_id")
                                .equals(entry.path("resolved").path("hgnc_id"))),
                        match.path("viaSpreadsheetDate").asText("")));
            }
        }
        assertThat(expected).hasSize(1 + 1 + 2 + 1 + 1 + 1);
        Response csv = given().contentType(ContentType.JSON).accept("text/csv").body(inputs).when().post("/genes/resolve");
        csv.then().statusCode(200).contentType("text/csv");
        assertThat(parseCsv(csv.asString())).isEqualTo(expected);
        Response tsv = given().contentType(ContentType.JSON).accept("text/tab-separated-values").body(inputs).when()
                .post("/genes/resolve");
        tsv.then().statusCode(200).contentType("text/tab-separated-values");
        assertThat(tsv.asString().lines().map(line -> List.of(line.split("\t", -1))).toList()).isEqualTo(expected);
        assertThat(given().contentType(TEXT).accept("text/html, text/*;q=0.5").body("A1BG").when()
                .post("/genes/resolve").then().statusCode(200).extract().contentType()).startsWith("text/csv");
    }

    @Test
    void moreThan100000InputsIsA413() {
        String lines = String.join("\n", Collections.nCopies(100_001, "A1BG"));
        given().contentType(TEXT).body(lines).when().post("/genes/resolve").then().statusCode(413)
                .contentType("application/json").body("status", equalTo(413))
                .body("error", equalTo("too many inputs: at most 100000 per request; split the list"));
        given().contentType(ContentType.JSON).accept("text/csv").body(Collections.nCopies(100_001, "A1BG")).when()
                .post("/genes/resolve").then().statusCode(413).contentType("application/json");
        String table = given().contentType(TEXT).accept("text/tab-separated-values")
                .body(String.join("\n", Collections.nCopies(100_000, "a1bg"))).when().post("/genes/resolve").then()
                .statusCode(200).extract().asString();
        assertThat(table.lines().count()).as("the header and one row per input").isEqualTo(100_001);
    }

    @Test
    void badBodiesAre4xxThatSayWhatToSend() {
        given().contentType(ContentType.JSON).body("{\"genes\":[\"TP53\"]}").when().post("/genes/resolve").then()
                .statusCode(400).body("error", startsWith("the request body must be a JSON array of strings like"));
        given().contentType(ContentType.JSON).body("[\"TP53\", 7157]").when().post("/genes/resolve").then()
                .statusCode(400).body("error", equalTo("every item of the array must be a string: [1] is a number (7157)"));
        given().contentType(ContentType.JSON).body("[\"TP53\"").when().post("/genes/resolve").then()
                .statusCode(400).body("error", startsWith("the request body is not valid JSON: "));
        given().contentType(TEXT).body(new byte[] { 'A', '\n', (byte) 0xc3, 0x28 }).when().post("/genes/resolve")
                .then().statusCode(400).body("error", startsWith("the request body is not UTF-8 text: byte 2"));
        given().contentType(TEXT).body("A1BG\n\u0000\u0001\u0002".getBytes(StandardCharsets.UTF_8)).when()
                .post("/genes/resolve").then().statusCode(400)
                .body("error", startsWith("the request body is not text: line 2 holds the control character U+0000"));
        given().contentType("application/octet-stream").body(new byte[] { 1, 2, 3 }).when().post("/genes/resolve").then()
                .statusCode(415).body("error", startsWith("unsupported Content-Type 'application/octet-stream'; send a "
                        + "JSON array of strings as application/json, or text/plain"));
        given().contentType("text/plain; charset=klingon").body("A1BG".getBytes(StandardCharsets.US_ASCII)).when().post("/genes/resolve").then()
                .statusCode(415).body("error", equalTo("unsupported charset 'klingon' in Content-Type; send UTF-8"));
        given().contentType(TEXT).accept("application/xml").body("A1BG").when().post("/genes/resolve").then()
                .statusCode(406).contentType("application/json");
        given().when().get("/genes/resolve").then().statusCode(405).contentType("application/json");
    }

    private static JsonNode resolveJson(List<String> inputs) {
        String body = given().contentType(ContentType.JSON).body(inputs).when().post("/genes/resolve").then()
                .statusCode(200).contentType("application/json").extract().asString();
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The best match type among all genes'. */
    private static String bestType(Map<String, Set<String>> genes) {
        return ResolveTruth.best(genes.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
    }

    /** RFC 4180: fields separated by commas, quoted when they hold commas, quotes or line breaks; CRLF rows. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(row).as("the table ends with a line break").isEmpty();
        return rows;
    }
}
