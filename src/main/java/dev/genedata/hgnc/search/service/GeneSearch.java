package dev.genedata.hgnc.search.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.common.validation.TypedRequests;
import dev.genedata.hgnc.gene.model.GeneFilter;
import dev.genedata.hgnc.gene.model.HgncSchema;
import dev.genedata.hgnc.gene.view.FacetValues;
import dev.genedata.hgnc.gene.view.GeneBrief;
import dev.genedata.hgnc.gene.view.GeneView;
import dev.genedata.hgnc.gene.view.GeneViews;
import dev.genedata.hgnc.gene.view.ViewField;

/**
 * Searches the replica's read view: a query in HGNC's syntax ({@link QuerySyntax}), narrowed by the
 * {@code /genes} filters, ranked by relevance (ties in HGNC id order), with counts per value of the facet
 * fields among all matching genes. Nothing here goes to Redis.
 */
@ApplicationScoped
public class GeneSearch {

    /** The default number of hits. */
    public static final int DEFAULT_LIMIT = 20;
    /** The most hits one page may hold. */
    public static final int MAX_LIMIT = 1000;
    /** The deepest a page may start. */
    public static final int MAX_OFFSET = 100_000;
    /** The most values a facet lists, largest first. */
    public static final int FACET_VALUES = 100;

    private final GeneViews views;
    private final TypedRequests requests;
    private final ObjectMapper mapper;

    GeneSearch(GeneViews views, TypedRequests requests, ObjectMapper mapper) {
        this.views = views;
        this.requests = requests;
        this.mapper = mapper;
    }

    /**
     * One page of hits.
     *
     * @param q a query in HGNC's syntax; null or blank for every gene
     * @param filter the {@code /genes} filters, combined with the query by AND
     * @param fields record fields each hit carries besides {@code hgnc_id}, {@code symbol}, {@code name}
     * @param facets the fields to count values of, among {@link ViewField#FACETS}
     * @throws InvalidInputException for a malformed query, an unknown field or facet, or a page out of range; 503
     *         while the replica builds its first view
     */
    public SearchAnswer search(String q, GeneFilter filter, int offset, int limit, List<String> fields,
            List<String> facets) {
        requests.checkQuery(filter);
        if (limit > MAX_LIMIT) {
            throw new InvalidInputException("limit must be a whole number from 0 to " + MAX_LIMIT + "; got '" + limit + "'");
        }
        if (offset > MAX_OFFSET) {
            throw new InvalidInputException("offset must be a whole number from 0 to " + MAX_OFFSET + "; got '" + offset
                    + "'");
        }
        for (String field : fields) {
            if (HgncSchema.indexOf(field) < 0) {
                throw new InvalidInputException("unknown field '" + field + "' in fields; HGNC's fields are "
                        + String.join(", ", HgncSchema.TSV_COLUMNS));
            }
        }
        List<ViewField> facetFields = new ArrayList<>();
        for (String facet : facets) {
            facetFields.add(ViewField.of(facet).filter(ViewField::isFacet).orElseThrow(() -> new InvalidInputException(
                    "unknown facet '" + facet + "'; allowed: " + String.join(", ",
                            ViewField.FACETS.stream().map(ViewField::id).toList()))));
        }
        GeneView view = views.require();
        Query query = GeneView.filtered(q == null || q.isBlank() ? new MatchAllDocsQuery() : QuerySyntax.parse(q, view.analyzer()),
                filter);
        try {
            TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(Math.max(1, offset + limit), Integer.MAX_VALUE);
            TopDocs hits;
            Map<String, Map<String, Integer>> counts = Map.of();
            if (facetFields.isEmpty()) {
                hits = view.searcher().search(query, top);
            } else {
                Object[] both = view.searcher().search(query,
                        new MultiCollectorManager(top, view.facetValues().counting(facetFields)));
                hits = (TopDocs) both[0];
                counts = ((FacetValues.Counter) both[1]).top(FACET_VALUES);
            }
            List<SearchHit> page = new ArrayList<>();
            ScoreDoc[] docs = hits.scoreDocs;
            for (int i = offset; i < Math.min(docs.length, offset + limit); i++) {
                page.add(hit(view, docs[i], fields));
            }
            return new SearchAnswer(hits.totalHits.value, offset, limit, page, counts, view.version());
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw QuerySyntax.tooCostly(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hit from the view's brief of the gene; the record is parsed only for fields asked for beyond it. */
    private SearchHit hit(GeneView view, ScoreDoc doc, List<String> fields) throws IOException {
        GeneBrief brief = view.brief(doc.doc);
        ObjectNode extra = mapper.createObjectNode();
        if (!fields.isEmpty()) {
            BytesRef json = view.json(doc.doc);
            JsonNode record = mapper.readTree(json.bytes, json.offset, json.length);
            for (String field : fields) {
                JsonNode value = record.get(field);
                if (value != null) {
                    extra.set(field, value);
                }
            }
        }
        return new SearchHit(brief.hgncId(), brief.symbol(), brief.name(), doc.score, extra);
    }
}
