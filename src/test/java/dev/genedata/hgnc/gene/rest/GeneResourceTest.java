package dev.genedata.hgnc.gene.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.Chromosomes;
import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.SampleData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** {@code /genes}: every filter against ids the test computes from the sample file itself. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class GeneResourceTest {

    @BeforeEach
    void loadSample() {
        given().contentType(ContentType.JSON).body(SampleData.bytes(SampleData.JSON))
                .when().post("/data")
                .then().statusCode(201).body("loaded", equalTo(503));
    }

    @Test
    void recordByIdIsTheRealA1bg() {
        given().when().get("/genes/HGNC:5")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("hgnc_id", equalTo("HGNC:5"))
                .body("symbol", equalTo("A1BG"))
                .body("name", equalTo("alpha-1-B glycoprotein"))
                .body("location", equalTo("19q13.43"))
                .body("gene_group", equalTo(List.of("Immunoglobulin like domain containing")))
                .body("gene_group_id", equalTo(List.of(594)))
                .body("pubmed_id", equalTo(List.of(2591067)))
                .body("mane_select", equalTo(List.of("ENST00000263100.8", "NM_130786.4")));
        given().when().get("/genes/5").then().statusCode(200).body("symbol", equalTo("A1BG"));
        given().when().get("/genes/hgnc:5").then().statusCode(200).body("symbol", equalTo("A1BG"));
    }

    @Test
    void everyRecordComesBackAsLoaded() throws Exception {
        for (ObjectNode expected : SampleData.records().subList(0, 50)) {
            String body = given().when().get("/genes/" + expected.get("hgnc_id").asText())
                    .then().statusCode(200).extract().asString();
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(body)).isEqualTo(expected);
        }
    }

    @Test
    void unknownAndMalformedIdsGetJsonErrors() {
        given().when().get("/genes/HGNC:99999999")
                .then().statusCode(404).contentType(ContentType.JSON)
                .body("status", equalTo(404))
                .body("error", equalTo("HGNC:99999999 is not in the loaded data set"));
        for (String bad : List.of("abc", "HGNC:", "HGNC:-5", "0", "HGNC:5x", "1234567890123")) {
            given().when().get("/genes/" + bad)
                    .then().statusCode(400).contentType(ContentType.JSON)
                    .body("status", equalTo(400))
                    .body("error", equalTo("malformed HGNC id '" + bad
                            + "': use HGNC:<number> or <number>, for example HGNC:5"));
        }
    }

    @Test
    void withoutFiltersEveryIdInNumericOrder() {
        List<String> expected = SampleData.ids(r -> true);
        assertThat(ids("")).isEqualTo(expected);
        given().when().get("/genes").then().header("X-Total-Count", "503");
        assertThat(ids("?offset=10&limit=5")).isEqualTo(expected.subList(10, 15));
        assertThat(ids("?offset=600")).isEmpty();
        assertThat(ids("?limit=0")).isEmpty();
    }

    @Test
    void eachFilterReturnsExactlyTheMatchingIds() {
        for (String group : distinct("locus_group")) {
            assertFilter("locus_group", group, r -> SampleData.textIs(r, "locus_group", group));
        }
        for (String type : distinct("locus_type")) {
            assertFilter("locus_type", type, r -> SampleData.textIs(r, "locus_type", type));
        }
        assertFilter("status", "approved", r -> SampleData.textIs(r, "status", "Approved"));
        for (String chromosome : Chromosomes.ALL) {
            assertFilter("chromosome", chromosome, r -> chromosomes(r).contains(chromosome));
        }
        assertFilter("gene_group", "Immunoglobulin like domain containing",
                r -> SampleData.arrayHas(r, "gene_group", "Immunoglobulin like domain containing"));
        assertFilter("q", "a1bg", r -> SampleData.textIs(r, "symbol", "A1BG")
                || SampleData.arrayHas(r, "alias_symbol", "a1bg") || SampleData.arrayHas(r, "prev_symbol", "a1bg"));
    }

    @Test
    void aGeneOnXAndYIsOnBoth() {
        List<String> x = ids("?chromosome=X");
        List<String> y = ids("?chromosome=y");
        List<String> both = SampleData.ids(r -> r.path("location").asText().contains(" and Y"));
        assertThat(both).isNotEmpty();
        assertThat(x).containsAll(both);
        assertThat(y).containsAll(both);
    }

    @Test
    void qMatchesAliasesAndPreviousSymbols() {
        ObjectNode withAlias = SampleData.records().stream().filter(r -> r.has("alias_symbol")).findFirst().orElseThrow();
        String alias = withAlias.get("alias_symbol").get(0).asText();
        assertFilter("q", alias.toLowerCase(), r -> SampleData.textIs(r, "symbol", alias)
                || SampleData.arrayHas(r, "alias_symbol", alias) || SampleData.arrayHas(r, "prev_symbol", alias));
        assertThat(ids("?q=" + alias)).contains(withAlias.get("hgnc_id").asText());
        ObjectNode withPrevious = SampleData.records().stream().filter(r -> r.has("prev_symbol")).findFirst().orElseThrow();
        String previous = withPrevious.get("prev_symbol").get(0).asText();
        assertThat(ids("?q=" + previous.toUpperCase())).contains(withPrevious.get("hgnc_id").asText());
    }

    @Test
    void aValueSharedByGenesFindsEveryOneOfThemInIdOrder() {
        // A value on several genes, in any case and in any symbol field, finds every one of them once; so do values
        // that need escaping in JSON.
        String records = """
                [{"hgnc_id":"HGNC:30","symbol":"ZED","alias_symbol":["SHARED","Dup","dup"]},
                 {"hgnc_id":"HGNC:7","symbol":"shared"},
                 {"hgnc_id":"HGNC:12","symbol":"X1","alias_symbol":["shared","a\\"b","Ä-1"],"prev_symbol":["ZED"]},
                 {"hgnc_id":"HGNC:3","symbol":"Y1","prev_symbol":["Shared","c\\\\d"]},
                 {"hgnc_id":"HGNC:40","symbol":"LONE","alias_symbol":["x\\ud800"]}]""";
        given().contentType(ContentType.JSON).body(records).when().post("/data").then().statusCode(201);

        assertThat(ids("?q=shared")).containsExactly("HGNC:3", "HGNC:7", "HGNC:12", "HGNC:30");
        assertThat(ids("?q=lone")).as("an alias with a lone surrogate does not stop the load").containsExactly("HGNC:40");
        assertThat(ids("?q=ZED")).containsExactly("HGNC:12", "HGNC:30");
        assertThat(ids("?q=dup")).containsExactly("HGNC:30");
        assertThat(given().queryParam("q", "A\"B").when().get("/genes").then().statusCode(200)
                .extract().jsonPath().getList(".", String.class)).containsExactly("HGNC:12");
        assertThat(given().queryParam("q", "ä-1").when().get("/genes").then().statusCode(200)
                .extract().jsonPath().getList(".", String.class)).containsExactly("HGNC:12");
        assertThat(given().queryParam("q", "C\\D").when().get("/genes").then().statusCode(200)
                .extract().jsonPath().getList(".", String.class)).containsExactly("HGNC:3");

        loadSample();
        // the one symbol-like value of the sample on two genes
        assertFilter("q", "BRCC2", r -> SampleData.arrayHas(r, "alias_symbol", "BRCC2")
                || SampleData.arrayHas(r, "prev_symbol", "BRCC2") || SampleData.textIs(r, "symbol", "BRCC2"));
        assertThat(ids("?q=brcc2")).hasSize(2);
    }

    @Test
    void filtersCombineWithAnd() {
        Predicate<ObjectNode> test = r -> SampleData.textIs(r, "locus_group", "protein-coding gene")
                && chromosomes(r).contains("19");
        List<String> expected = SampleData.ids(test);
        assertThat(expected).isNotEmpty();
        assertThat(given().queryParam("locus_group", "protein-coding gene").queryParam("chromosome", "19")
                .when().get("/genes").then().statusCode(200).extract().jsonPath().getList(".", String.class))
                .isEqualTo(expected);
        assertThat(given().queryParam("locus_group", "pseudogene").queryParam("locus_type", "gene with protein product")
                .when().get("/genes").then().statusCode(200).extract().jsonPath().getList(".", String.class))
                .isEmpty();
    }

    @Test
    void badFilterValuesAre400() {
        given().when().get("/genes?chromosome=23")
                .then().statusCode(400).body("error", equalTo("chromosome must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, "
                        + "10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, X, Y, MT; got '23'"));
        given().when().get("/genes?limit=-1")
                .then().statusCode(400).body("error", equalTo("limit must be a whole number from 0 to 2147483647; got '-1'"));
        given().when().get("/genes?offset=abc")
                .then().statusCode(400).body("status", equalTo(400));
    }

    @Test
    void symbolLookupFindsApprovedThenPreviousAndAliasSymbols() {
        given().when().get("/genes/symbol/a1bg")
                .then().statusCode(200)
                .body("query", equalTo("a1bg"))
                .body("matches.size()", equalTo(1))
                .body("matches[0].matchedOn", equalTo("symbol"))
                .body("matches[0].record.hgnc_id", equalTo("HGNC:5"));
        ObjectNode withPrevious = SampleData.records().stream()
                .filter(r -> r.has("prev_symbol"))
                .filter(r -> SampleData.ids(o -> SampleData.textIs(o, "symbol", r.get("prev_symbol").get(0).asText())).isEmpty())
                .findFirst().orElseThrow();
        String previous = withPrevious.get("prev_symbol").get(0).asText();
        given().when().get("/genes/symbol/" + previous)
                .then().statusCode(200)
                .body("matches.matchedOn", hasItem("prev_symbol"))
                .body("matches.record.hgnc_id", hasItem(withPrevious.get("hgnc_id").asText()));
        given().when().get("/genes/symbol/NOSUCHSYMBOL1")
                .then().statusCode(404).body("error", equalTo("no gene has or had the symbol 'NOSUCHSYMBOL1'"));
    }

    private static void assertFilter(String parameter, String value, Predicate<ObjectNode> test) {
        List<String> expected = SampleData.ids(test);
        List<String> actual = given().queryParam(parameter, value).when().get("/genes")
                .then().statusCode(200).extract().jsonPath().getList(".", String.class);
        assertThat(actual).as("%s=%s", parameter, value).isEqualTo(expected);
    }

    private static List<String> ids(String query) {
        return given().when().get("/genes" + query).then().statusCode(200).extract().jsonPath().getList(".", String.class);
    }

    private static Set<String> distinct(String field) {
        Set<String> values = new TreeSet<>();
        SampleData.records().forEach(r -> {
            if (r.has(field)) {
                values.add(r.get(field).asText());
            }
        });
        return values;
    }

    @Test
    void aFilterValueOfControlCharactersMatchesNothing() {
        // %00 once trimmed to an empty value and reached Redis as a malformed lookup (500)
        given().when().get("/genes?status=%00").then().statusCode(200).body("size()", equalTo(0));
        given().when().get("/genes?gene_group=%00&locus_group=%01").then().statusCode(200).body("size()", equalTo(0));
    }

    private static Set<String> chromosomes(ObjectNode record) {
        return Chromosomes.fromLocation(record.path("location").asText(null));
    }
}
