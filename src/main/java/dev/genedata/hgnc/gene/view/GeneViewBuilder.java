package dev.genedata.hgnc.gene.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.genedata.hgnc.gene.model.Chromosomes;

/**
 * Builds a {@link GeneView} from the records of one version, in id order. Not thread-safe: one builder
 * per build. Records are read with Jackson's streaming parser, field by field, without building trees, on the
 * caller's thread; Lucene indexes the documents made of them on threads of the builder's own ({@link IndexPart}),
 * so that parsing, indexing and at the end the flush of the segments and the in-memory tables run side by side
 * (each about a third of a build of the full set in one thread).
 */
public final class GeneViewBuilder implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();
    /**
     * The fewest records per part when a build is split. On two cores the full set (about 44,000 records) is built
     * in about 1.2 s in two parts side by side against 1.4-1.5 s in one (in process, from memory); a small set
     * gains nothing from a split, and every part is a segment each search visits.
     */
    private static final int MIN_PART = 5000;
    /** The most parts: each is a segment that every search visits. */
    private static final int MAX_PARTS = 2;
    private static final Map<String, ViewField> BY_ID = new HashMap<>();

    static {
        for (ViewField field : ViewField.values()) {
            BY_ID.put(field.id(), field);
        }
    }

    private final long version;
    private final Analyzer analyzer = analyzer();
    /** The parts indexed side by side: documents {@code [k * partSize, (k + 1) * partSize)} go to part k. */
    private final List<IndexPart> parts = new ArrayList<>();
    private final int partSize;
    private final RecordArena.Builder records = new RecordArena.Builder();
    private final ExactValues.Builder exactValues = new ExactValues.Builder();
    private final FacetValues.Builder facetValues = new FacetValues.Builder();
    private final List<GeneBrief> briefs = new ArrayList<>();
    /** One instance per distinct location (the full set has about 1,500). */
    private final Map<String, String> locations = new HashMap<>();
    /** The identifying and facet values of the record being added, kept until it proves valid. */
    private final List<ViewField> pendingFields = new ArrayList<>();
    private final List<String> pendingValues = new ArrayList<>();
    private final List<String> pendingLowerCased = new ArrayList<>();

    /**
     * A builder that indexes in one part, for sets of any size.
     *
     * @param version the data version the records come from
     */
    public GeneViewBuilder(long version) {
        this(version, Integer.MAX_VALUE, 1);
    }

    /**
     * A builder for about {@code expected} records, split in parts indexed side by side when there are enough.
     *
     * @param version the data version the records come from
     * @param expected how many records will be added; more may be, they go to the last part
     */
    public GeneViewBuilder(long version, int expected) {
        this(version, ceilDiv(expected, partsFor(expected)), partsFor(expected));
    }

    /** A builder that puts {@code partSize} documents in each part but the last. */
    GeneViewBuilder(long version, int partSize, int parts) {
        this.version = version;
        this.partSize = Math.max(1, partSize);
        try {
            for (int k = 0; k < parts; k++) {
                this.parts.add(new IndexPart(analyzer, k));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static int partsFor(int expected) {
        return Math.max(1, Math.min(MAX_PARTS, expected / MIN_PART));
    }

    private static int ceilDiv(int a, int b) {
        return (int) ((a + (long) b - 1) / b);
    }

    /** The analyzer of every view: whole values lower-cased, words for the {@link ViewField.Kind#TEXT text} fields. */
    public static Analyzer analyzer() {
        Map<String, Analyzer> text = new HashMap<>();
        for (ViewField field : ViewField.values()) {
            if (field.kind() == ViewField.Kind.TEXT) {
                text.put(field.id(), new StandardAnalyzer());
            }
        }
        try {
            Analyzer keyword = CustomAnalyzer.builder()
                    .withTokenizer(KeywordTokenizerFactory.NAME)
                    .addTokenFilter(LowerCaseFilterFactory.NAME)
                    .build();
            return new PerFieldAnalyzerWrapper(keyword, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Indexes one record; records come in id order, and each becomes the next document.
     *
     * @param record the record as stored in Redis (UTF-8 JSON object)
     * @throws IllegalArgumentException for a record that is not a JSON object with {@code hgnc_id} and {@code symbol}
     */
    public void add(byte[] record) {
        Document doc = new Document();
        String hgncId = null;
        String symbol = null;
        String location = null;
        String name = null;
        String approved = null;
        pendingFields.clear();
        pendingValues.clear();
        pendingLowerCased.clear();
        try (JsonParser parser = JSON.createParser(record)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a record is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                List<String> values = values(parser);
                ViewField field = BY_ID.get(key);
                if (field != null) {
                    for (String value : values) {
                        index(doc, field, value);
                    }
                }
                if (key.equals("hgnc_id") && !values.isEmpty()) {
                    hgncId = values.get(0);
                } else if (key.equals("symbol") && !values.isEmpty()) {
                    symbol = values.get(0);
                } else if (key.equals("name") && !values.isEmpty()) {
                    name = values.get(0);
                } else if (key.equals("location") && !values.isEmpty()) {
                    location = values.get(0);
                } else if (key.equals("date_approved_reserved") && !values.isEmpty()) {
                    approved = values.get(0);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("a record is not valid JSON: " + e.getMessage(), e);
        }
        if (hgncId == null || symbol == null || !hgncId.startsWith("HGNC:")) {
            throw new IllegalArgumentException("a record lacks hgnc_id or symbol");
        }
        for (String chromosome : Chromosomes.fromLocation(location)) {
            index(doc, ViewField.CHROMOSOME, chromosome);
        }
        if (approved != null && approved.length() >= 4 && approved.chars().limit(4).allMatch(Character::isDigit)) {
            doc.add(new IntPoint(GeneView.APPROVED_YEAR, Integer.parseInt(approved.substring(0, 4))));
        }
        records.add(Integer.parseInt(hgncId.substring("HGNC:".length())), symbol, record);
        int docId = briefs.size();
        parts.get(Math.min(parts.size() - 1, docId / partSize)).add(doc);
        for (int i = 0; i < pendingFields.size(); i++) {
            ViewField field = pendingFields.get(i);
            if (field.isIdentifying()) {
                exactValues.add(pendingLowerCased.get(i), field, docId);
            }
            if (field.isFacet()) {
                facetValues.add(field, pendingValues.get(i));
            }
        }
        facetValues.endDocument();
        briefs.add(new GeneBrief(hgncId, symbol, name, location == null ? null
                : locations.computeIfAbsent(location, known -> known)));
    }

    /** Finishes the index and opens it for search; the in-memory tables are finished while the parts are flushed. */
    public GeneView build() {
        parts.forEach(IndexPart::commit);
        RecordArena arena = records.build();
        ExactValues exact = exactValues.build();
        FacetValues facetCodes = facetValues.build();
        GeneBrief[] all = briefs.toArray(GeneBrief[]::new);
        List<DirectoryReader> segments = new ArrayList<>();
        try {
            for (IndexPart part : parts) {
                segments.add(part.open());
            }
            IndexReader reader = segments.size() == 1 ? segments.get(0)
                    : new MultiReader(segments.toArray(IndexReader[]::new), true);
            return new GeneView(version, Instant.now(), reader, analyzer, arena, exact, facetCodes, all);
        } catch (IOException | RuntimeException e) {
            for (DirectoryReader segment : segments) {
                try {
                    segment.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Stops the indexing threads and drops what was indexed, unless the view was built. */
    @Override
    public void close() {
        parts.forEach(IndexPart::close);
    }

    private void index(Document doc, ViewField field, String value) {
        if (value.isEmpty()) {
            return;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (field.isIdentifying() || field.isFacet()) {
            pendingFields.add(field);
            pendingValues.add(value);
            pendingLowerCased.add(lower);
        }
        if (field.kind() == ViewField.Kind.TEXT) {
            doc.add(new TextField(field.id(), value, Field.Store.NO));
        }
        doc.add(new StringField(field.exactField(), lower, Field.Store.NO));
    }

    /** The value the parser is at as text: a scalar, or each scalar of an array; nested objects are skipped. */
    private static List<String> values(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        List<String> values = new ArrayList<>(2);
        if (token == JsonToken.START_ARRAY) {
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                    values.add(parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        } else if (token.isScalarValue()) {
            if (token != JsonToken.VALUE_NULL) {
                values.add(parser.getText());
            }
        } else {
            parser.skipChildren();
        }
        return values;
    }
}
