package dev.genedata.hgnc.gene.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.genedata.hgnc.gene.model.Chromosomes;

/**
 * Builds a {@link GeneView} from the records of one version, in id order. Not thread-safe: one builder
 * per build. Records are read with Jackson's streaming parser, field by field, without building trees.
 */
public final class GeneViewBuilder implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<String, ViewField> BY_ID = new HashMap<>();

    static {
        for (ViewField field : ViewField.values()) {
            BY_ID.put(field.id(), field);
        }
    }

    private final long version;
    private final Analyzer analyzer = analyzer();
    private final FacetsConfig facets = facetsConfig();
    /**
     * Each index file in one buffer: Lucene clones a file's input for every lookup, and a file held as a list of
     * small buffers is cloned buffer by buffer (most of a term lookup's time before this).
     */
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    private final IndexWriter writer;
    private final List<byte[]> records = new ArrayList<>();
    private final List<String> symbols = new ArrayList<>();
    private int[] ids = new int[1024];

    /** @param version the data version the records come from */
    public GeneViewBuilder(long version) {
        this.version = version;
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(512)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setUseCompoundFile(false);
        try {
            this.writer = new IndexWriter(directory, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (ViewField field : ViewField.FACETS) {
            config.setMultiValued(field.id(), true);
        }
        return config;
    }

    /**
     * Indexes one record.
     *
     * @param record the record as stored in Redis (UTF-8 JSON object); the view keeps this array, so it must not
     *        change afterwards
     * @throws IllegalArgumentException for a record that is not a JSON object with {@code hgnc_id} and {@code symbol}
     */
    public void add(byte[] record) {
        Document doc = new Document();
        String hgncId = null;
        String symbol = null;
        String location = null;
        String approved = null;
        try (JsonParser parser = JSON.createParser(record)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a record is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                List<String> values = values(parser);
                ViewField field = BY_ID.get(name);
                if (field != null) {
                    for (String value : values) {
                        index(doc, field, value);
                    }
                }
                if (name.equals("hgnc_id") && !values.isEmpty()) {
                    hgncId = values.get(0);
                } else if (name.equals("symbol") && !values.isEmpty()) {
                    symbol = values.get(0);
                } else if (name.equals("location") && !values.isEmpty()) {
                    location = values.get(0);
                } else if (name.equals("date_approved_reserved") && !values.isEmpty()) {
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
        int id = Integer.parseInt(hgncId.substring("HGNC:".length()));
        doc.add(new StoredField(GeneView.ID, id));
        try {
            writer.addDocument(facets.build(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records.size() == ids.length) {
            ids = Arrays.copyOf(ids, ids.length * 2);
        }
        ids[records.size()] = id;
        records.add(record);
        symbols.add(symbol);
    }

    /** Finishes the index and opens it for search. */
    public GeneView build() {
        try {
            writer.commit();
            writer.close();
            DirectoryReader reader = DirectoryReader.open(directory);
            checkNumbering(reader);
            return new GeneView(version, Instant.now(), reader, facets, analyzer, records.toArray(byte[][]::new),
                    Arrays.copyOf(ids, records.size()), symbols.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Documents are numbered in the order they were added (one indexing thread, no merges), which is what lets
     * the view keep records in arrays by document number; checked at the first document of every segment.
     */
    private void checkNumbering(DirectoryReader reader) throws IOException {
        if (reader.maxDoc() != records.size()) {
            throw new IllegalStateException("the index holds " + reader.maxDoc() + " documents for " + records.size()
                    + " records");
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().maxDoc() > 0) {
                int first = leaf.reader().storedFields().document(0).getField(GeneView.ID).numericValue().intValue();
                if (first != ids[leaf.docBase]) {
                    throw new IllegalStateException("document " + leaf.docBase + " is HGNC:" + first + ", added as HGNC:"
                            + ids[leaf.docBase]);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            if (writer.isOpen()) {
                writer.rollback();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void index(Document doc, ViewField field, String value) {
        if (value.isEmpty()) {
            return;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (field.kind() == ViewField.Kind.TEXT) {
            doc.add(new TextField(field.id(), value, Field.Store.NO));
        }
        doc.add(new StringField(field.exactField(), lower, Field.Store.NO));
        if (field.isFacet()) {
            doc.add(new SortedSetDocValuesFacetField(field.id(), value));
        }
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
