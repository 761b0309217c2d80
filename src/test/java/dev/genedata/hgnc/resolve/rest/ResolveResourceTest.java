package dev.genedata.hgnc.resolve.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    private static final List<String> IDENTIFIERS = List.of("hgnc_id", "entrez_id", "ensembl_gene_id", "uniprot_ids",
            "refseq_accession", "omim_id", "ccds_id", "ena", "mgd_id", "rgd_id", "ucsc_id", "vega_id", "rna_central_id",
            "mane_select");
    /** Each field's match type and rank (lower wins): the rules of the route, written out. */
    private static final Map<String, String> MATCH_TYPE = matchTypes();

    /** Lower-cased value → gene id → the match types it has there, computed from the sample file. */
    private static Map<String, Map<String, Set<String>>> occurrences;

    @BeforeEach
    void loadSample() {
        Response info = given().when().get("/info");
        if (info.statusCode() == 200 && dataVersion() == info.jsonPath().getLong("version")) {
            return;
        }
        given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON)).when().post("/data")
                .then().statusCode(201);
        long version = given().when().get("/info").then().statusCode(200).extract().jsonPath().getLong("version");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> dataVersion() == version);
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
        List<String> previous = values(genes -> genes.size() == 1 && bestType(genes).equals("previous_symbol"));
        List<String> aliases = values(genes -> genes.size() == 1 && bestType(genes).equals("alias_symbol"));
        assertThat(previous).hasSizeGreaterThan(20);
        assertThat(aliases).hasSizeGreaterThan(20);
        for (List<String> inputs : List.of(previous, aliases)) {
            JsonNode answer = resolveJson(inputs);
            for (int i = 0; i < inputs.size(); i++) {
                String gene = occurrences().get(inputs.get(i)).keySet().iterator().next();
                assertThat(answer.get(i).path("resolved").path("hgnc_id").asText()).as(inputs.get(i)).isEqualTo(gene);
                assertThat(answer.get(i).path("matches").get(0).path("matchType").asText())
                        .isEqualTo(bestType(occurrences().get(inputs.get(i))));
            }
        }
    }

    @Test
    void anAliasOfTwoGenesIsAmbiguousAndListsBoth() {
        List<String> shared = values(genes -> genes.size() == 2 && genes.values().stream()
                .allMatch(types -> types.equals(Set.of("alias_symbol"))));
        assertThat(shared).as("aliases of two genes in the sample").isNotEmpty();
        JsonNode answer = resolveJson(shared);
        for (int i = 0; i < shared.size(); i++) {
            JsonNode entry = answer.get(i);
            assertThat(entry.path("resolved").isNull()).isTrue();
            assertThat(entry.path("ambiguous").asBoolean()).isTrue();
            assertThat(entry.path("matches").findValuesAsText("hgnc_id"))
                    .containsExactlyInAnyOrderElementsOf(occurrences().get(shared.get(i)).keySet());
            assertThat(entry.path("matches").findValuesAsText("matchType")).containsOnly("alias_symbol");
        }
    }

    @Test
    void everyIdentifierOfOneGeneResolvesWithItsFieldAsMatchType() {
        for (String field : IDENTIFIERS) {
            List<String> ids = values(genes -> genes.size() == 1 && genes.values().iterator().next().equals(Set.of(field)));
            assertThat(ids).as(field).isNotEmpty();
            List<String> some = ids.subList(0, Math.min(ids.size(), 20)).stream().map(v -> v.toUpperCase(Locale.ROOT))
                    .toList();
            JsonNode answer = resolveJson(some);
            for (int i = 0; i < some.size(); i++) {
                String gene = occurrences().get(some.get(i).toLowerCase(Locale.ROOT)).keySet().iterator().next();
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
        List<String> inputs = new ArrayList<>(occurrences().keySet());
        for (int i = 0; i < 50; i++) {
            inputs.add("NOSUCHGENE" + i);
        }
        Collections.shuffle(inputs, new Random(15));
        JsonNode answer = resolveJson(inputs);
        assertThat(answer).hasSize(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode entry = answer.get(i);
            String input = inputs.get(i);
            assertThat(entry.path("input").asText()).isEqualTo(input);
            Map<String, Set<String>> genes = occurrences().getOrDefault(input, Map.of());
            Map<String, String> expected = new TreeMap<>();
            genes.forEach((gene, types) -> expected.put(gene, best(types)));
            Map<String, String> found = new TreeMap<>();
            entry.path("matches").forEach(match -> found.put(match.path("hgnc_id").asText(),
                    match.path("matchType").asText()));
            assertThat(found).as(input).isEqualTo(expected);
            List<Integer> ranks = new ArrayList<>();
            entry.path("matches").forEach(match -> ranks.add(rank(match.path("matchType").asText())));
            assertThat(ranks).as("best first: " + input).isSorted();
            long atBest = ranks.stream().filter(rank -> rank.equals(ranks.isEmpty() ? null : ranks.get(0))).count();
            assertThat(entry.path("ambiguous").asBoolean()).as(input).isEqualTo(atBest > 1);
            assertThat(entry.path("resolved").isNull()).as(input).isEqualTo(atBest != 1);
            if (atBest == 1) {
                assertThat(entry.path("resolved").path("hgnc_id").asText()).isEqualTo(entry.path("matches").get(0)
                        .path("hgnc_id").asText());
            }
        }
    }

    @Test
    void spreadsheetDatesResolveThroughTheSymbolsTheyMayHaveBeen() {
        Map<String, List<String>> spellings = Map.of("3-Mar", List.of("MAR3", "MARCH3", "MARC3"),
                "Sep-08", List.of("SEP8", "SEPTEMBER8", "SEPT8"), "2-Sep", List.of("SEP2", "SEPTEMBER2", "SEPT2"));
        List<String> inputs = List.copyOf(spellings.keySet());
        JsonNode answer = resolveJson(inputs);
        for (int i = 0; i < inputs.size(); i++) {
            Map<String, Set<String>> genes = new HashMap<>();
            Map<String, String> via = new HashMap<>();
            for (String symbol : spellings.get(inputs.get(i))) {
                occurrences().getOrDefault(symbol.toLowerCase(Locale.ROOT), Map.of()).forEach((gene, types) -> types.stream()
                        .filter(type -> type.endsWith("_symbol")).forEach(type -> {
                            genes.computeIfAbsent(gene, g -> new LinkedHashSet<>()).add(type);
                            via.putIfAbsent(gene, symbol);
                        }));
            }
            assertThat(genes).as("the sample holds a symbol for " + inputs.get(i)).hasSize(1);
            String gene = genes.keySet().iterator().next();
            JsonNode entry = answer.get(i);
            assertThat(entry.path("resolved").path("hgnc_id").asText()).as(inputs.get(i)).isEqualTo(gene);
            assertThat(entry.path("matches")).hasSize(1);
            assertThat(entry.path("matches").get(0).path("matchType").asText()).isEqualTo(best(genes.get(gene)));
            assertThat(entry.path("matches").get(0).path("viaSpreadsheetDate").asText()).isEqualTo(via.get(gene));
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
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The data version the resolve route answers from, as its X-Data-Version header says. */
    private static long dataVersion() {
        String header = given().contentType(TEXT).body("A1BG").when().post("/genes/resolve").then().extract()
                .header("X-Data-Version");
        return header == null ? -1 : Long.parseLong(header);
    }

    /** The lower-cased values whose genes pass the test, in sorted order. */
    private static List<String> values(Predicate<Map<String, Set<String>>> test) {
        return occurrences().entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).sorted()
                .toList();
    }

    private static synchronized Map<String, Map<String, Set<String>>> occurrences() {
        if (occurrences == null) {
            Map<String, Map<String, Set<String>>> map = new HashMap<>();
            for (ObjectNode record : SampleData.records()) {
                MATCH_TYPE.forEach((field, type) -> {
                    JsonNode node = record.path(field);
                    for (JsonNode value : node.isArray() ? node : List.of(node)) {
                        if (!value.isMissingNode() && !value.asText().isEmpty()) {
                            map.computeIfAbsent(value.asText().toLowerCase(Locale.ROOT), v -> new TreeMap<>())
                                    .computeIfAbsent(record.path("hgnc_id").asText(), g -> new LinkedHashSet<>()).add(type);
                        }
                    }
                });
            }
            occurrences = map;
        }
        return occurrences;
    }

    /** The best match type among a gene's. */
    private static String best(Set<String> types) {
        return types.stream().min(java.util.Comparator.comparingInt(ResolveResourceTest::rank)).orElseThrow();
    }

    /** The best match type among all genes'. */
    private static String bestType(Map<String, Set<String>> genes) {
        return best(genes.values().stream().map(ResolveResourceTest::best).collect(java.util.stream.Collectors.toSet()));
    }

    private static int rank(String type) {
        return switch (type) {
            case "approved_symbol" -> 0;
            case "previous_symbol" -> 2;
            case "alias_symbol" -> 3;
            default -> 1;
        };
    }

    private static Map<String, String> matchTypes() {
        Map<String, String> types = new HashMap<>(Map.of("symbol", "approved_symbol", "prev_symbol", "previous_symbol",
                "alias_symbol", "alias_symbol"));
        IDENTIFIERS.forEach(field -> types.put(field, field));
        return Map.copyOf(types);
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
