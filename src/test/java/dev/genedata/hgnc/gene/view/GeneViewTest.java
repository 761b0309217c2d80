package dev.genedata.hgnc.gene.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.WildcardQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.Chromosomes;
import dev.genedata.hgnc.gene.model.GeneFilter;
import dev.genedata.hgnc.support.SampleData;

/** The view of the 503-record sample, checked against the sample file read independently with Jackson. */
class GeneViewTest {

    private static GeneView view;

    @BeforeAll
    static void build() {
        try (GeneViewBuilder builder = new GeneViewBuilder(7)) {
            for (ObjectNode record : SampleData.records()) {
                builder.add(record.toString().getBytes(StandardCharsets.UTF_8));
            }
            view = builder.build();
        }
    }

    @Test
    void holdsEveryRecordAsStored() {
        assertThat(view.version()).isEqualTo(7);
        assertThat(view.size()).isEqualTo(SampleData.records().size());
        assertThat(view.ids(GeneView.exact(ViewField.HGNC_ID, "hgnc:5"))).containsExactly(5);
        int doc = view.docOf(5);
        assertThat(view.json(doc).utf8ToString()).isEqualTo(SampleData.record("HGNC:5").toString());
        assertThat(view.symbol(doc)).isEqualTo("A1BG");
        assertThat(view.id(doc)).isEqualTo(5);
    }

    @Test
    void everyDocumentHoldsItsOwnRecordIdAndSymbol() {
        for (ObjectNode record : SampleData.records()) {
            String id = record.get("hgnc_id").asText();
            int[] found = view.ids(GeneView.exact(ViewField.HGNC_ID, id));
            assertThat(found).as(id).hasSize(1);
            int doc = view.docOf(found[0]);
            assertThat(view.json(doc).utf8ToString()).as(id).isEqualTo(record.toString());
            assertThat("HGNC:" + view.id(doc)).isEqualTo(id);
            assertThat(view.symbol(doc)).as(id).isEqualTo(record.get("symbol").asText());
        }
    }

    @Test
    void exactLookupsIgnoreCaseOnEveryArrayValue() {
        for (String field : List.of("symbol", "alias_symbol", "prev_symbol", "uniprot_ids", "entrez_id", "name")) {
            for (ObjectNode record : SampleData.records().subList(0, 60)) {
                for (JsonNode value : record.path(field).isArray() ? record.path(field) : List.of(record.path(field))) {
                    if (value.isMissingNode()) {
                        continue;
                    }
                    List<String> found = ids(view.ids(GeneView.exact(ViewField.of(field).orElseThrow(),
                            value.asText().toUpperCase())));
                    assertThat(found).as(field + " " + value).contains(record.path("hgnc_id").asText())
                            .containsExactlyInAnyOrderElementsOf(SampleData.ids(r -> has(r, field, value.asText())));
                }
            }
        }
    }

    @Test
    void exactValuesHoldEveryIdentifyingValueWithItsRecordsAndFields() {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (ObjectNode record : SampleData.records()) {
            for (ViewField field : ViewField.IDENTIFYING) {
                JsonNode node = record.path(field.id());
                for (JsonNode value : node.isArray() ? node : List.of(node)) {
                    if (!value.isMissingNode()) {
                        expected.computeIfAbsent(value.asText().toLowerCase(Locale.ROOT), v -> new TreeSet<>())
                                .add(record.path("hgnc_id").asText() + " " + field.id());
                    }
                }
            }
        }
        ExactValues values = view.exactValues();
        assertThat(values.size()).isEqualTo(expected.size());
        expected.forEach((value, holders) -> {
            Set<String> found = new TreeSet<>();
            for (int entry : values.find(value.toUpperCase(Locale.ROOT))) {
                found.add(view.brief(ExactValues.doc(entry)).hgncId() + " " + ExactValues.field(entry).id());
            }
            assertThat(found).as(value).isEqualTo(holders);
        });
        assertThat(values.find("no such value")).isEmpty();
        assertThat(values.find("A1B")).as("a prefix of a value").isEmpty();
    }

    @Test
    void briefsFollowTheDocuments() {
        for (int doc = 0; doc < view.size(); doc++) {
            ObjectNode record = SampleData.record("HGNC:" + view.id(doc));
            GeneBrief brief = view.brief(doc);
            assertThat(brief.hgncId()).isEqualTo(record.path("hgnc_id").asText());
            assertThat(brief.symbol()).isEqualTo(view.symbol(doc));
            assertThat(brief.name()).isEqualTo(record.path("name").asText(null));
            assertThat(brief.location()).isEqualTo(record.path("location").asText(null));
        }
    }

    @Test
    void facetsCountEveryValueOfMultiValuedFields() throws IOException {
        Map<String, Integer> expected = new TreeMap<>();
        for (ObjectNode record : SampleData.records()) {
            for (String chromosome : Chromosomes.fromLocation(record.path("location").asText(null))) {
                expected.merge(chromosome, 1, Integer::sum);
            }
        }
        Map<String, Integer> chromosomes = view.searcher().search(new MatchAllDocsQuery(),
                view.facetValues().counting(List.of(ViewField.CHROMOSOME))).top(100).get("chromosome");
        assertThat(new TreeMap<>(chromosomes)).isEqualTo(expected);
        Map<String, Integer> groups = view.searcher().search(new MatchAllDocsQuery(),
                view.facetValues().counting(List.of(ViewField.GENE_GROUP))).top(1).get("gene_group");
        String largest = SampleData.records().stream()
                .flatMap(r -> r.path("gene_group").valueStream().map(JsonNode::asText))
                .collect(java.util.stream.Collectors.groupingBy(g -> g, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        assertThat(groups.keySet()).containsExactly(largest);
    }

    @Test
    void aPatternsMatchesAreKeptByTheViewAndAnswerAsBefore() throws IOException {
        LRUQueryCache cache = (LRUQueryCache) view.searcher().getQueryCache();
        Query symbolsFromC = new WildcardQuery(new Term("symbol", "c*")); // a pattern no other test runs
        Query scored = new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(symbolsFromC), 3f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("status", "approved")), BooleanClause.Occur.SHOULD).build();
        long cachedBefore = cache.getCacheCount();
        TopDocs first = view.searcher().search(scored, 1000);
        assertThat(cache.getCacheCount()).as("the pattern's matches, kept at first use").isEqualTo(cachedBefore + 1);
        long hitsBefore = cache.getHitCount();
        TopDocs again = view.searcher().search(scored, 1000);
        assertThat(cache.getHitCount()).isEqualTo(hitsBefore + 1);
        assertThat(Arrays.stream(again.scoreDocs).map(hit -> hit.doc + "=" + hit.score).toList())
                .isEqualTo(Arrays.stream(first.scoreDocs).map(hit -> hit.doc + "=" + hit.score).toList());
        List<String> fromC = SampleData.ids(r -> r.path("symbol").asText().toLowerCase(Locale.ROOT).startsWith("c"));
        assertThat(Arrays.stream(first.scoreDocs).filter(hit -> hit.score >= 3f)
                .map(hit -> view.brief(hit.doc).hgncId()))
                .isNotEmpty().containsExactlyInAnyOrderElementsOf(fromC);
    }

    @Test
    void aViewIndexedInPartsAnswersAsOneIndexedWhole() throws IOException {
        GeneView split;
        try (GeneViewBuilder builder = new GeneViewBuilder(7, 200, 3)) {
            for (ObjectNode record : SampleData.records()) {
                builder.add(record.toString().getBytes(StandardCharsets.UTF_8));
            }
            split = builder.build();
        }
        assertThat(split.searcher().getIndexReader().leaves()).hasSize(3);
        assertThat(split.size()).isEqualTo(view.size());
        for (int doc = 0; doc < view.size(); doc++) {
            assertThat(split.json(doc)).isEqualTo(view.json(doc));
            assertThat(split.brief(doc)).isEqualTo(view.brief(doc));
        }
        Query query = new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(new WildcardQuery(new Term("symbol", "a*"))), 10f),
                        BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("name", "protein")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("locus_type", "pseudogene")), BooleanClause.Occur.SHOULD).build();
        assertThat(hitsAndScores(split, query)).hasSizeGreaterThan(50).isEqualTo(hitsAndScores(view, query));
        assertThat(split.searcher().search(query, split.facetValues().counting(ViewField.FACETS)).top(1000))
                .isEqualTo(view.searcher().search(query, view.facetValues().counting(ViewField.FACETS)).top(1000));
        assertThat(split.ids(query)).isEqualTo(view.ids(query));
    }

    private static List<String> hitsAndScores(GeneView in, Query query) throws IOException {
        return Arrays.stream(in.searcher().search(query, 1000).scoreDocs)
                .map(hit -> in.brief(hit.doc).hgncId() + "=" + hit.score).toList();
    }

    @Test
    void aRecordWithoutIdOrSymbolIsRefused() {
        try (GeneViewBuilder builder = new GeneViewBuilder(1)) {
            assertThatThrownBy(() -> builder.add("{\"symbol\":\"X\"}".getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("hgnc_id");
            assertThatThrownBy(() -> builder.add("[1]".getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("not a JSON object");
        }
    }

    private static List<String> ids(int[] ids) {
        return Arrays.stream(ids).mapToObj(id -> "HGNC:" + id).toList();
    }

    @Test
    void recordsWithoutAnyFacetedFieldMakeAViewWithoutFacetValues() throws IOException {
        try (GeneViewBuilder builder = new GeneViewBuilder(3)) {
            builder.add("{\"hgnc_id\":\"HGNC:12\",\"symbol\":\"X1\"}".getBytes(StandardCharsets.UTF_8));
            builder.add("{\"hgnc_id\":\"HGNC:7\",\"symbol\":\"Y1\"}".getBytes(StandardCharsets.UTF_8));
            GeneView bare = builder.build();
            assertThat(bare.searcher().search(new MatchAllDocsQuery(), bare.facetValues().counting(ViewField.FACETS))
                    .top(10))
                    .as("every facet present, with no values").hasSize(ViewField.FACETS.size())
                    .allSatisfy((facet, values) -> assertThat(values).isEmpty());
            assertThat(bare.ids(new MatchAllDocsQuery())).containsExactly(7, 12);
        }
    }

    @Test
    void filtersKeepTheGenesThatHoldEveryKeySetInIdOrder() {
        GeneFilter proteinCodingOn19 = new GeneFilter("protein-coding gene", null, "Approved", "19", null, null, null, null);
        assertThat(ids(view.ids(GeneView.filtered(new MatchAllDocsQuery(), proteinCodingOn19))))
                .isNotEmpty()
                .containsExactlyElementsOf(SampleData.ids(r -> SampleData.textIs(r, "locus_group", "protein-coding gene")
                        && SampleData.textIs(r, "status", "Approved")
                        && Chromosomes.fromLocation(r.path("location").asText(null)).contains("19")));
        GeneFilter symbolsFromA = new GeneFilter(null, null, null, null, null, "a", 1990, 1999);
        assertThat(ids(view.ids(GeneView.filtered(new MatchAllDocsQuery(), symbolsFromA))))
                .isNotEmpty()
                .containsExactlyElementsOf(SampleData.ids(r -> r.path("symbol").asText().toLowerCase().startsWith("a")
                        && r.path("date_approved_reserved").asText("0000").compareTo("1990") >= 0
                        && r.path("date_approved_reserved").asText("9999").compareTo("2000") < 0));
        assertThat(view.ids(GeneView.filtered(new MatchAllDocsQuery(), GeneFilter.ANY))).hasSize(SampleData.records().size());
    }

    private static boolean has(ObjectNode record, String field, String value) {
        JsonNode node = record.path(field);
        if (node.isArray()) {
            return node.valueStream().anyMatch(v -> v.asText().equalsIgnoreCase(value));
        }
        return node.asText("").equalsIgnoreCase(value);
    }
}
