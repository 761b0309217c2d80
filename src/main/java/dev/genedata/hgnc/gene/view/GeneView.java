package dev.genedata.hgnc.gene.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * One data version held in memory by an API replica: a Lucene index of every record, searched and counted
 * without a round trip to Redis. Immutable once built; replicas swap whole views when the version changes
 * ({@link GeneViews}). Redis stays the source of truth: a view is derived from one version and says which.
 */
public final class GeneView {

    /** The indexed year of {@code date_approved_reserved}, for the {@code approved_from}/{@code approved_to} filters. */
    public static final String APPROVED_YEAR = "_approved_year";

    private final long version;
    private final Instant builtAt;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facets;
    private final FacetsConfig facetsConfig;
    private final Analyzer analyzer;
    private final RecordArena records;
    private final ExactValues exactValues;
    private final GeneBrief[] briefs;

    GeneView(long version, Instant builtAt, DirectoryReader reader, FacetsConfig facetsConfig, Analyzer analyzer,
            RecordArena records, ExactValues exactValues, GeneBrief[] briefs) {
        if (reader.maxDoc() != briefs.length) {
            throw new IllegalStateException("the index holds " + reader.maxDoc() + " documents but " + briefs.length
                    + " records were added");
        }
        this.records = records;
        this.version = version;
        this.builtAt = builtAt;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.facetsConfig = facetsConfig;
        this.analyzer = analyzer;
        this.exactValues = exactValues;
        this.briefs = briefs;
        try {
            this.facets = reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The state facet counting reads; null for a view without records (no data loaded). */
    public SortedSetDocValuesReaderState facetState() {
        return facets;
    }

    /** How facets are configured (multi-valued fields). */
    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** The analyzer the index was built with, per field: queries must use the same. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /**
     * The documents whose field has this whole value, ignoring case, in id order.
     *
     * @param limit how many at most
     */
    public TopDocs exact(ViewField field, String value, int limit) {
        try {
            return searcher.search(new TermQuery(new Term(field.exactField(), value.toLowerCase(Locale.ROOT))),
                    Math.max(1, limit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The documents of a hit list, for callers that only need the ids. */
    public static int[] docs(ScoreDoc[] hits) {
        int[] docs = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docs[i] = hits[i].doc;
        }
        return docs;
    }
}
