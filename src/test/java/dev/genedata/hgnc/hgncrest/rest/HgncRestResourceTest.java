package dev.genedata.hgnc.hgncrest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

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
 * {@code /rest}: HGNC's REST service on the sample, in JSON and in XML, against answers worked out from the
 * sample file with Jackson. Paths are sent as HGNC's URLs write them ({@code +} for a space, {@code %22} for a
 * quote), without RestAssured's own encoding.
 */
@QuarkusTest
@WithTestResource(RedisTestResource.class)
class HgncRestResourceTest {

    /** The fields {@code rest.genenames.org/info} lists as searchable and this data has (HGNC also lists curator_notes). */
    private static final List<String> HGNC_SEARCHABLE = List.of("alias_name", "alias_symbol", "ccds_id", "ena",
            "ensembl_gene_id", "entrez_id", "hgnc_id", "locus_group", "locus_type", "location", "mane_select", "mgd_id",
            "name", "omim_id", "prev_name", "prev_symbol", "refseq_accession", "rgd_id", "rna_central_id", "status",
            "symbol", "ucsc_id", "uniprot_ids", "vega_id");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Comparator<ObjectNode> BY_ID = Comparator.comparingInt(SampleData::numericId);

    @BeforeEach
    void loadSample() {
        LoadedSample.load();
    }

    @Test
    void infoCountsTheRecordsAndListsTheFields() {
        JsonNode info = json("/rest/info");
        assertThat(info.path("responseHeader").path("status").asInt()).isZero();
        assertThat(info.path("numDoc").asInt()).isEqualTo(SampleData.records().size());
        assertThat(info.path("lastModified").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        List<String> searchable = texts(info.path("searchableFields"));
        assertThat(searchable).containsAll(HGNC_SEARCHABLE).doesNotHaveDuplicates();
        Set<String> inRecords = new TreeSet<>();
        SampleData.records().forEach(record -> record.fieldNames().forEachRemaining(inRecords::add));
        assertThat(texts(info.path("storedFields"))).containsAll(inRecords).doesNotHaveDuplicates();

        SolrXml xml = xml("/rest/info");
        assertThat(xml.status()).isZero();
        Element doc = xml.docs().get(0);
        assertThat(SolrXml.field(doc, "int", "numDoc")).isEqualTo(Integer.toString(SampleData.records().size()));
        assertThat(SolrXml.field(doc, "str", "lastModified")).isEqualTo(info.path("lastModified").asText());
        assertThat(SolrXml.array(doc, "searchableFields")).isEqualTo(searchable);
        assertThat(SolrXml.array(doc, "storedFields")).isEqualTo(texts(info.path("storedFields")));
    }

    @Test
    void fetchMatchesWholeValuesOfOneFieldInAnyCaseWithEveryStoredField() {
        ObjectNode withPrevious = first(r -> r.has("prev_symbol"));
        ObjectNode withAlias = first(r -> r.has("alias_symbol") && r.get("alias_symbol").size() > 1);
        String previous = withPrevious.get("prev_symbol").get(0).asText();
        String alias = withAlias.get("alias_symbol").get(1).asText();
        assertFetch("symbol", "braf", r -> SampleData.textIs(r, "symbol", "BRAF"));
        assertFetch("prev_symbol", previous.toLowerCase(Locale.ROOT), r -> SampleData.arrayHas(r, "prev_symbol", previous));
        assertFetch("alias_symbol", alias.toUpperCase(Locale.ROOT), r -> SampleData.arrayHas(r, "alias_symbol", alias));
        assertFetch("hgnc_id", "hgnc:1097", r -> SampleData.textIs(r, "hgnc_id", "HGNC:1097"));
        assertFetch("entrez_id", "673", r -> SampleData.textIs(r, "entrez_id", "673"));
        assertThat(fetched("symbol", "BRAF")).hasSize(1);
    }

    @Test
    void fetchTakesPlusForASpaceAndFindsNothingForAnUnknownTerm() {
        assertFetch("locus_type", "gene+with+protein+product",
                r -> SampleData.textIs(r, "locus_type", "gene with protein product"));
        assertFetch("name", "B-Raf+proto-oncogene,+serine%2Fthreonine+kinase", r -> SampleData.textIs(r, "symbol", "BRAF"));
        JsonNode none = json("/rest/fetch/symbol/NO-SUCH-GENE");
        assertThat(none.path("response").path("numFound").asInt()).isZero();
        assertThat(none.path("response").path("docs").size()).isZero();
        assertThat(json("/rest/fetch/symbol/ZNF*").path("response").path("numFound").asInt()).as("no wildcards in fetch")
                .isZero();
        assertThat(xml("/rest/fetch/symbol/NO-SUCH-GENE").result("numFound")).isEqualTo("0");
    }

    @Test
    void fetchOfEveryApprovedGeneIsStreamedWithEveryRecord() {
        List<ObjectNode> approved = expected(r -> SampleData.textIs(r, "status", "Approved"));
        assertThat(approved).hasSize(SampleData.records().size());
        Response answer = get("/rest/fetch/status/approved", ContentType.JSON);
        assertThat(answer.header("Transfer-Encoding")).as("sent part by part").isEqualTo("chunked");
        assertThat(answer.header("Content-Length")).isNull();
        JsonNode body = tree(answer);
        assertThat(body.path("response").path("numFound").asInt()).isEqualTo(approved.size());
        assertThat(docs(body)).isEqualTo(approved);

        Response short1 = get("/rest/fetch/symbol/BRAF", ContentType.JSON);
        assertThat(short1.header("Content-Length")).as("a one-record answer is sent whole").isNotNull();

        SolrXml xml = xml("/rest/fetch/status/Approved");
        assertThat(xml.result("numFound")).isEqualTo(Integer.toString(approved.size()));
        assertThat(xml.docs().stream().map(doc -> SolrXml.field(doc, "str", "hgnc_id")).toList())
                .isEqualTo(approved.stream().map(r -> r.get("hgnc_id").asText()).toList());
    }

    @Test
    void fetchInXmlTypesEveryFieldAsSolrDoes() {
        ObjectNode mostFields = SampleData.records().stream().max(Comparator.comparingInt(ObjectNode::size)).orElseThrow();
        for (ObjectNode record : List.of(SampleData.record("HGNC:1097"), mostFields)) {
            SolrXml xml = xml("/rest/fetch/hgnc_id/" + record.get("hgnc_id").asText());
            assertThat(xml.status()).isZero();
            assertThat(xml.result("numFound")).isEqualTo("1");
            assertThat(xml.result("start")).isEqualTo("0");
            assertThat(SolrXml.fields(xml.docs().get(0))).isEqualTo(SolrXml.expectedFields(record));
        }
        Response asked = given().urlEncodingEnabled(false).accept("application/xml").when().get("/rest/fetch/symbol/BRAF");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.contentType()).startsWith("application/xml");
    }

    @Test
    void searchByTermFindsTheApprovedSymbolFirst() {
        JsonNode answer = json("/rest/search/BRAF");
        List<ObjectNode> expected = expected(r -> Stream.of("symbol", "prev_symbol", "alias_symbol")
                .anyMatch(f -> SampleData.textIs(r, f, "BRAF") || SampleData.arrayHas(r, f, "BRAF"))
                || Stream.of("name", "alias_name", "prev_name").anyMatch(f -> words(r, f).contains("braf")));
        assertSearch(answer, expected);
        assertThat(answer.path("response").path("docs").get(0).path("symbol").asText()).isEqualTo("BRAF");
    }

    @Test
    void searchByFieldAndTermWithWildcards() {
        Pattern znf = Pattern.compile("(?i)znf.*");
        List<ObjectNode> expected = expected(r -> znf.matcher(r.get("symbol").asText()).matches());
        assertThat(expected).hasSizeGreaterThan(2);
        JsonNode answer = json("/rest/search/symbol/ZNF*");
        assertSearch(answer, expected);
        assertThat(ids(answer)).as("equal scores in HGNC id order").isEqualTo(ids(expected));

        Pattern brca = Pattern.compile("(?i)brca.");
        assertSearch(json("/rest/search/symbol/BRCA%3F"), expected(r -> brca.matcher(r.get("symbol").asText()).matches()));
        assertSearch(json("/rest/search/symbol:BRCA1+OR+symbol:BRCA2"),
                expected(r -> Set.of("BRCA1", "BRCA2").contains(r.get("symbol").asText())));
    }

    @Test
    void searchQueriesWithAndNotPhrasesAndPlus() {
        Pattern znf = Pattern.compile("(?i)znf.*");
        Predicate<ObjectNode> protein = r -> SampleData.textIs(r, "locus_type", "gene with protein product");
        List<ObjectNode> and = expected(r -> znf.matcher(r.get("symbol").asText()).matches() && protein.test(r));
        List<ObjectNode> not = expected(r -> znf.matcher(r.get("symbol").asText()).matches() && !protein.test(r));
        assertThat(and).isNotEmpty();
        assertThat(not).isNotEmpty();
        assertSearch(json("/rest/search/symbol:ZNF*+AND+locus_type:%22gene+with+protein+product%22"), and);
        assertSearch(json("/rest/search/symbol/ZNF*+NOT+locus_type:%22gene+with+protein+product%22"), not);

        List<ObjectNode> phrase = expected(r -> containsInOrder(words(r, "name"), "threonine", "kinase"));
        assertThat(phrase).isNotEmpty();
        assertSearch(json("/rest/search/name/%22threonine+kinase%22"), phrase);
        List<ObjectNode> eitherWord = expected(r -> words(r, "name").contains("threonine") || words(r, "name").contains("kinase"));
        assertThat(eitherWord).hasSizeGreaterThan(phrase.size());
        assertSearch(json("/rest/search/name/threonine+kinase"), eitherWord);
    }

    @Test
    void searchInXmlCarriesIdSymbolAndScore() {
        JsonNode json = json("/rest/search/symbol/ZNF*");
        SolrXml xml = xml("/rest/search/symbol/ZNF*");
        assertThat(xml.status()).isZero();
        assertThat(xml.result("numFound")).isEqualTo(json.path("response").path("numFound").asText());
        assertThat(Float.parseFloat(xml.result("maxScore"))).isEqualTo(json.path("response").path("maxScore").floatValue());
        List<String> hits = new ArrayList<>();
        for (Element doc : xml.docs()) {
            hits.add(SolrXml.field(doc, "str", "hgnc_id") + " " + SolrXml.field(doc, "str", "symbol") + " "
                    + Float.parseFloat(SolrXml.field(doc, "float", "score")));
        }
        assertThat(hits).isEqualTo(json.path("response").path("docs").valueStream()
                .map(doc -> doc.path("hgnc_id").asText() + " " + doc.path("symbol").asText() + " " + doc.path("score").floatValue())
                .toList());
    }

    @Test
    void unknownFieldsAndBrokenQueriesAre400sInTheAskedFormat() {
        assertBadRequest("/rest/fetch/colour/red", "unknown field 'colour'; fetch and search take one of symbol, ");
        assertBadRequest("/rest/fetch/pubmed_id/2284096", "field 'pubmed_id' is stored but not searchable; fetch and ");
        assertBadRequest("/rest/search/colour/red", "unknown field 'colour'; fetch and search take one of symbol, ");
        assertBadRequest("/rest/search/colour:red", "unknown field 'colour' in the query; searchable: symbol, ");
        assertBadRequest("/rest/search/symbol:(ZNF", "malformed query: ");
        assertBadRequest("/rest/search/" + String.join("+", manyWords(60)), "the query is too large: it expands to more than ");
        assertBadRequest("/rest/search/symbol:%2F.*a.%7B40%7D%2F", "the query is too complex to run (TooComplexToDeterminize");

        Response missing = get("/rest/no-such-route", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        SolrXml notFound = SolrXml.parse(missing.asString());
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.errorCode()).isEqualTo(404);
    }

    @Test
    void openApiDocumentsEveryAnswerInBothFormatsWithAnExample() {
        JsonNode paths = tree(given().queryParam("format", "json").when().get("/q/openapi")).path("paths");
        for (String path : List.of("/rest/info", "/rest/fetch/{field}/{term}", "/rest/search/{query}",
                "/rest/search/{field}/{term}")) {
            JsonNode responses = paths.path(path).path("get").path("responses");
            List<String> codes = new ArrayList<>();
            responses.fieldNames().forEachRemaining(codes::add);
            assertThat(codes).as(path).contains("200", "503");
            if (!path.equals("/rest/info")) {
                assertThat(codes).as(path).contains("400");
            }
            responses.fields().forEachRemaining(response -> {
                for (String type : List.of("application/json", "application/xml")) {
                    assertThat(response.getValue().path("content").path(type).path("examples").size())
                            .as("%s %s %s", path, response.getKey(), type).isPositive();
                }
            });
        }
    }

    private static void assertBadRequest(String path, String messageStart) {
        Response json = get(path, ContentType.JSON);
        assertThat(json.statusCode()).as(path).isEqualTo(400);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.jsonPath().getString("error")).as(path).startsWith(messageStart);
        assertThat(json.jsonPath().getInt("status")).isEqualTo(400);

        Response xml = get(path, null);
        assertThat(xml.statusCode()).as(path).isEqualTo(400);
        assertThat(xml.contentType()).startsWith("application/xml");
        SolrXml error = SolrXml.parse(xml.asString());
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.errorCode()).isEqualTo(400);
        assertThat(error.errorMessage()).isEqualTo(json.jsonPath().getString("error"));
    }

    /** A fetch answers exactly the expected records, in HGNC id order, each as the sample file has it, in JSON and XML. */
    private static void assertFetch(String field, String term, Predicate<ObjectNode> matches) {
        List<ObjectNode> expected = expected(matches);
        assertThat(expected).as("%s/%s", field, term).isNotEmpty();
        JsonNode answer = json("/rest/fetch/" + field + "/" + term);
        assertThat(answer.path("responseHeader").path("status").asInt()).isZero();
        assertThat(answer.path("response").path("numFound").asInt()).as("%s/%s", field, term).isEqualTo(expected.size());
        assertThat(answer.path("response").path("start").asInt()).isZero();
        assertThat(answer.path("response").has("maxScore")).isFalse();
        assertThat(docs(answer)).as("%s/%s", field, term).isEqualTo(expected);
        SolrXml xml = xml("/rest/fetch/" + field + "/" + term);
        assertThat(xml.result("numFound")).isEqualTo(Integer.toString(expected.size()));
        assertThat(xml.docs().stream().map(SolrXml::fields).toList())
                .isEqualTo(expected.stream().map(SolrXml::expectedFields).toList());
    }

    /** A search answers exactly the expected genes, best score first, each with hgnc_id, symbol and score only. */
    private static void assertSearch(JsonNode answer, List<ObjectNode> expected) {
        JsonNode docs = answer.path("response").path("docs");
        assertThat(answer.path("response").path("numFound").asInt()).isEqualTo(expected.size());
        assertThat(new TreeSet<>(ids(answer))).isEqualTo(new TreeSet<>(ids(expected)));
        float previous = Float.MAX_VALUE;
        for (JsonNode doc : docs) {
            List<String> fields = new ArrayList<>();
            doc.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("hgnc_id", "symbol", "score");
            assertThat(doc.path("symbol").asText()).isEqualTo(SampleData.record(doc.path("hgnc_id").asText()).get("symbol").asText());
            assertThat(doc.path("score").floatValue()).isLessThanOrEqualTo(previous);
            previous = doc.path("score").floatValue();
        }
        if (!docs.isEmpty()) {
            assertThat(answer.path("response").path("maxScore").floatValue()).isEqualTo(docs.get(0).path("score").floatValue());
        }
    }

    private static List<ObjectNode> fetched(String field, String term) {
        return docs(json("/rest/fetch/" + field + "/" + term));
    }

    private static List<ObjectNode> expected(Predicate<ObjectNode> matches) {
        return SampleData.records().stream().filter(matches).sorted(BY_ID).toList();
    }

    private static ObjectNode first(Predicate<ObjectNode> matches) {
        return expected(matches).get(0);
    }

    private static List<ObjectNode> docs(JsonNode answer) {
        List<ObjectNode> docs = new ArrayList<>();
        answer.path("response").path("docs").forEach(doc -> docs.add((ObjectNode) doc));
        return docs;
    }

    private static List<String> ids(JsonNode answer) {
        return answer.path("response").path("docs").valueStream().map(doc -> doc.path("hgnc_id").asText()).toList();
    }

    private static List<String> ids(List<ObjectNode> records) {
        return records.stream().map(r -> r.get("hgnc_id").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asText).toList();
    }

    /** A text field's words as the view's standard analyzer splits them, lower-cased. */
    private static List<String> words(ObjectNode record, String field) {
        JsonNode node = record.path(field);
        StringBuilder text = new StringBuilder();
        (node.isArray() ? node.valueStream() : Stream.of(node)).forEach(v -> text.append(' ').append(v.asText("")));
        return List.of(text.toString().toLowerCase(Locale.ROOT).split("[^a-z0-9]+"));
    }

    private static List<String> manyWords(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "word" + i).toList();
    }

    private static boolean containsInOrder(List<String> words, String first, String second) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(first) && words.get(i + 1).equals(second)) {
                return true;
            }
        }
        return false;
    }

    /** GET of a path as HGNC's URLs write it; JSON asked for with {@code ContentType.JSON}, nothing asked otherwise. */
    private static Response get(String path, ContentType accept) {
        var request = given().urlEncodingEnabled(false);
        if (accept != null) {
            request.accept(accept);
        }
        return request.when().get(path);
    }

    private static JsonNode json(String path) {
        Response answer = get(path, ContentType.JSON);
        assertThat(answer.statusCode()).as("%s: %s", path, answer.asString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        return tree(answer);
    }

    private static SolrXml xml(String path) {
        Response answer = get(path, null);
        assertThat(answer.statusCode()).as("%s: %s", path, answer.asString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/xml");
        return SolrXml.parse(answer.asString());
    }

    private static JsonNode tree(Response answer) {
        try {
            return MAPPER.readTree(answer.asByteArray());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + answer.asString(), e);
        }
    }
}
