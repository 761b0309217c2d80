package dev.genedata.hgnc.search.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.Chromosomes;
import dev.genedata.hgnc.support.LoadedSample;
import dev.genedata.hgnc.support.RedisTestResource;
import dev.genedata.hgnc.support.SampleData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** {@code GET /search} on the sample, against answers worked out from the sample file with Jackson. */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class SearchResourceTest {

    @BeforeEach
    void loadSample() {
        LoadedSample.load();
    }

    @Test
    void anExactApprovedSymbolRanksFirst() {
        JsonPath answer = search("q", "A1BG");
        assertThat(answer.getString("hits[0].hgnc_id")).isEqualTo("HGNC:5");
        assertThat(answer.getString("hits[0].symbol")).isEqualTo("A1BG");
        assertThat(answer.getString("hits[0].name")).isEqualTo("alpha-1-B glycoprotein");
        assertThat(search("q", "a1bg").getString("hits[0].hgnc_id")).as("any case").isEqualTo("HGNC:5");
        assertThat(search("q", "HGNC:5").getList("hits.hgnc_id")).containsExactly("HGNC:5");
    }

    @Test
    void aWildcardOnSymbolsFindsEveryMatchWithFacetCounts() {
        Pattern znf = Pattern.compile("(?i)znf.*");
        List<String> expected = SampleData.ids(r -> znf.matcher(r.path("symbol").asText()).matches());
        assertThat(expected).isNotEmpty();
        JsonPath answer = given().queryParam("q", "symbol:ZNF*").queryParam("facets", "locus_type,chromosome")
                .queryParam("limit", 1000).when().get("/search").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getInt("total")).isEqualTo(expected.size());
        assertThat(answer.getList("hits.hgnc_id", String.class)).containsExactlyInAnyOrderElementsOf(expected);
        Map<String, Integer> types = new TreeMap<>();
        Map<String, Integer> chromosomes = new TreeMap<>();
        for (String id : expected) {
            ObjectNode record = SampleData.record(id);
            types.merge(record.path("locus_type").asText(), 1, Integer::sum);
            Chromosomes.fromLocation(record.path("location").asText(null)).forEach(c -> chromosomes.merge(c, 1, Integer::sum));
        }
        assertThat(new TreeMap<>(answer.getMap("facets.locus_type", String.class, Integer.class))).isEqualTo(types);
        assertThat(new TreeMap<>(answer.getMap("facets.chromosome", String.class, Integer.class))).isEqualTo(chromosomes);
    }

    @Test
    void aBareWordSearchesNamesAndFiltersNarrowIt() {
        List<String> named = SampleData.ids(r -> words(r, "name").contains("kinase")
                || words(r, "alias_name").contains("kinase") || words(r, "prev_name").contains("kinase"));
        assertThat(named).isNotEmpty();
        JsonPath all = given().queryParam("q", "kinase").queryParam("limit", 1000).when().get("/search")
                .then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("hits.hgnc_id", String.class)).containsExactlyInAnyOrderElementsOf(named);
        List<String> onChromosome1 = named.stream()
                .filter(id -> Chromosomes.fromLocation(SampleData.record(id).path("location").asText(null)).contains("1"))
                .toList();
        JsonPath narrowed = given().queryParam("q", "kinase").queryParam("chromosome", "1").queryParam("limit", 1000)
                .when().get("/search").then().statusCode(200).extract().jsonPath();
        assertThat(narrowed.getList("hits.hgnc_id", String.class)).containsExactlyInAnyOrderElementsOf(onChromosome1);
    }

    @Test
    void pagesAndRequestedFields() {
        JsonPath page = given().queryParam("q", "symbol:A*").queryParam("offset", 2).queryParam("limit", 3)
                .queryParam("fields", "location,entrez_id").when().get("/search").then().statusCode(200)
                .extract().jsonPath();
        List<String> expected = SampleData.ids(r -> r.path("symbol").asText().toUpperCase(Locale.ROOT).startsWith("A"));
        assertThat(page.getInt("total")).isEqualTo(expected.size());
        assertThat(page.getList("hits.hgnc_id", String.class)).isEqualTo(expected.subList(2, 5));
        String third = expected.get(2);
        assertThat(page.getString("hits[0].location")).isEqualTo(SampleData.record(third).path("location").asText());
        assertThat(page.getString("hits[0].entrez_id")).isEqualTo(SampleData.record(third).path("entrez_id").asText());
    }

    @Test
    void badQueriesAre400sThatSayWhere() {
        given().queryParam("q", "symbol:(ZNF").when().get("/search").then().statusCode(400)
                .body("error", startsWith("malformed query: ")).body("error", containsString("column"));
        given().queryParam("q", "colour:red").when().get("/search").then().statusCode(400)
                .body("error", startsWith("unknown field 'colour' in the query; searchable: symbol, alias_symbol"));
        given().queryParam("q", "BRCA1").queryParam("facets", "name").when().get("/search").then().statusCode(400)
                .body("error", equalTo("unknown facet 'name'; allowed: locus_group, locus_type, status, chromosome, gene_group"));
        given().queryParam("q", "BRCA1").queryParam("fields", "colour").when().get("/search").then().statusCode(400)
                .body("error", startsWith("unknown field 'colour' in fields"));
        given().queryParam("q", "x").queryParam("limit", 1001).when().get("/search").then().statusCode(400)
                .body("error", startsWith("limit must be"));
        given().queryParam("q", "x").queryParam("chromosome", "23").when().get("/search").then().statusCode(400)
                .body("error", startsWith("chromosome must be one of"));
        given().queryParam("q", String.join(" ", java.util.stream.IntStream.range(0, 60).mapToObj(i -> "word" + i).toList()))
                .when().get("/search").then().statusCode(400)
                .body("error", startsWith("the query is too large: it expands to more than 1024 terms"));
        given().queryParam("q", "symbol:/.*a.{40}/").when().get("/search").then().statusCode(400)
                .body("error", startsWith("the query is too complex to run (TooComplexToDeterminizeException)"));
    }

    @Test
    void theViewFollowsDeletesAndReloads() {
        given().when().delete("/data").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> LoadedSample.viewVersion() == 0);
        assertThat(search("q", "A1BG").getInt("total")).isZero();
        loadSample();
        assertThat(search("q", "A1BG").getString("hits[0].hgnc_id")).isEqualTo("HGNC:5");
    }

    private static JsonPath search(String name, String value) {
        return given().queryParam(name, value).when().get("/search").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> words(ObjectNode record, String field) {
        JsonNode node = record.path(field);
        StringBuilder text = new StringBuilder();
        (node.isArray() ? node.valueStream() : java.util.stream.Stream.of(node)).forEach(v -> text.append(' ').append(v.asText("")));
        return List.of(text.toString().toLowerCase(Locale.ROOT).split("[^a-z0-9]+"));
    }
}
