package dev.genedata.hgnc.gene.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

import dev.genedata.hgnc.gene.model.GeneFilter;

/**
 * One data version held in memory by an API replica: a Lucene index of every record, searched and counted
 * without a round trip to Redis. Immutable once built; replicas swap whole views when the version changes
 * ({@link GeneViews}). Redis stays the source of truth: a view is derived from one version and says which.
 */
public final class GeneView {

    /** The indexed year of {@code date_approved_reserved}, for the {@code approved_from}/{@code approved_to} filters. */
    public static final String APPROVED_YEAR = "_approved_year";

    /** How many patterns' matches a view keeps, in how many bytes at most (a bit per gene: 5.5 KB for the full set). */
    private static final int CACHED_QUERIES = 1000;
    private static final long CACHE_BYTES = 16L << 20;
    /**
     * What the view's query cache keeps: the matches of patterns (wildcards, prefixes, regular expressions, ranges),
     * from their first use. Expanding a pattern reads every matching term of its field, the dearest part of a
     * search such as {@code ZNF*} over the fields a bare word searches; a term or filter costs less to run than to
     * cache. A view's cache goes with the view, so it never answers for another version; it is its own, not Lucene's
     * process-wide one, whose usage tracking every search would otherwise contend for.
     */
    private static final QueryCachingPolicy PATTERNS = new QueryCachingPolicy() {
        @Override
        public void onUse(Query query) {
        }

        @Override
        public boolean shouldCache(Query query) {
            return query instanceof MultiTermQuery;
        }
    };

    private final long version;
    private final Instant builtAt;
    private final IndexReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final RecordArena records;
    private final ExactValues exactValues;
    private final FacetValues facetValues;
    private final GeneBrief[] briefs;

    GeneView(long version, Instant builtAt, IndexReader reader, Analyzer analyzer, RecordArena records,
            ExactValues exactValues, FacetValues facetValues, GeneBrief[] briefs) {
        if (reader.maxDoc() != briefs.length) {
            throw new IllegalStateException("the index holds " + reader.maxDoc() + " documents but " + briefs.length
                    + " records were added");
        }
        this.records = records;
        this.version = version;
        this.builtAt = builtAt;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(new LRUQueryCache(CACHED_QUERIES, CACHE_BYTES, leaf -> true, Float.POSITIVE_INFINITY));
        this.searcher.setQueryCachingPolicy(PATTERNS);
        this.analyzer = analyzer;
        this.exactValues = exactValues;
        this.facetValues = facetValues;
        this.briefs = briefs;
    }

    /** The data version this view was built from. */
    public long version() {
        return version;
    }

    /** When it was built. */
    public Instant builtAt() {
        return builtAt;
    }

    /** How many records it holds. */
    public int size() {
        return reader.numDocs();
    }

    /** The searcher over its index; share it, it is thread-safe. */
    public IndexSearcher searcher() {
        return searcher;
    }

    /** The values of the facet fields per document, for counting them among a search's hits. */
    public FacetValues facetValues() {
        return facetValues;
    }

    /** The analyzer the index was built with, per field: queries must use the same. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** The whole values of the identifying fields, for looking up many values at once. */
    public ExactValues exactValues() {
        return exactValues;
    }

    /** A document's id, symbol, name and location, from memory (documents are numbered in the order records were added). */
    public GeneBrief brief(int doc) {
        return briefs[doc];
    }

    /** A document's record as stored in Redis (UTF-8 JSON), without a copy: do not change the bytes. */
    public BytesRef json(int doc) {
        return records.record(doc);
    }

    /** The document of the gene with this numeric HGNC id; -1 when it is not in this view. */
    public int docOf(int hgncId) {
        return records.docOf(hgncId);
    }

    /** A document's approved symbol. */
    public String symbol(int doc) {
        return records.symbol(doc);
    }

    /** A document's numeric HGNC id. */
    public int id(int doc) {
        return records.id(doc);
    }

    /**
     * The numeric HGNC ids of every gene a query matches, ascending: what {@code GET /genes} pages through.
     */
    public int[] ids(Query query) {
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            int[] ids = new int[16]; // grown as needed: most filters keep a few genes, not the whole set
            int found = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer != null) {
                    DocIdSetIterator docs = scorer.iterator();
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        if (found == ids.length) {
                            ids = Arrays.copyOf(ids, Math.min(size(), ids.length * 2));
                        }
                        ids[found++] = records.id(leaf.docBase + doc);
                    }
                }
            }
            int[] matching = Arrays.copyOf(ids, found);
            Arrays.sort(matching);
            return matching;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The genes whose field has this whole value, ignoring case. */
    public static Query exact(ViewField field, String value) {
        return new TermQuery(new Term(field.exactField(), value.toLowerCase(Locale.ROOT)));
    }

    /** A query narrowed by every key of the filter that is set, as {@code GET /genes}, {@code GET /search} and jobs read it. */
    public static Query filtered(Query query, GeneFilter filter) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        filterBy(all, ViewField.LOCUS_GROUP, filter.locusGroup());
        filterBy(all, ViewField.LOCUS_TYPE, filter.locusType());
        filterBy(all, ViewField.STATUS, filter.status());
        filterBy(all, ViewField.CHROMOSOME, filter.chromosome());
        filterBy(all, ViewField.GENE_GROUP, filter.geneGroup());
        if (filter.symbolPrefix() != null) {
            all.add(new PrefixQuery(new Term(ViewField.SYMBOL.exactField(), filter.symbolPrefix().toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        if (filter.approvedFrom() != null || filter.approvedTo() != null) {
            all.add(IntPoint.newRangeQuery(APPROVED_YEAR,
                    filter.approvedFrom() == null ? Integer.MIN_VALUE : filter.approvedFrom(),
                    filter.approvedTo() == null ? Integer.MAX_VALUE : filter.approvedTo()), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private static void filterBy(BooleanQuery.Builder all, ViewField field, String value) {
        if (value != null) {
            all.add(exact(field, value), BooleanClause.Occur.FILTER);
        }
    }
}
