package dev.genedata.hgnc.hgncrest.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

import dev.genedata.hgnc.common.error.Excerpt;
import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.common.error.NotReadyException;
import dev.genedata.hgnc.gene.model.HgncSchema;
import dev.genedata.hgnc.gene.view.GeneView;
import dev.genedata.hgnc.gene.view.GeneViews;
import dev.genedata.hgnc.gene.view.ViewField;
import dev.genedata.hgnc.search.service.QuerySyntax;

/**
 * HGNC's REST service ({@code rest.genenames.org}) over this replica's read view: {@code info}, {@code fetch}
 * (every stored field of the records whose field has a value, whole and ignoring case) and {@code search}
 * (HGNC's query syntax, every hit with its score). Answers come in HGNC's JSON or XML and are written from
 * the view as they go out; nothing here reads Redis.
 */
@ApplicationScoped
public class HgncRestService {

    /** The fields a record may carry: what HGNC calls its stored fields. */
    public static final List<String> STORED_FIELDS = HgncSchema.TSV_COLUMNS;
    /** The fields fetch and search take: what HGNC calls its searchable fields. */
    public static final List<String> SEARCHABLE_FIELDS = ViewField.ids();

    private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final GeneViews views;

    HgncRestService(GeneViews views) {
        this.views = views;
    }

    /**
     * What the service holds: when the data was indexed (when this replica built its view of the current
     * version), how many records, the searchable and the stored fields.
     *
     * @throws NotReadyException while this replica builds its first view
     */
    public HgncAnswer info(AnswerFormat format) {
        long started = System.nanoTime();
        GeneView view = views.require();
        String lastModified = LAST_MODIFIED.format(view.builtAt());
        return new HgncAnswer(format, view.version(), started) {
            @Override
            public boolean writeNext(OutputStream out) throws IOException {
                AnswerWriter.of(format).info(out, qTime(), lastModified, view.size(), SEARCHABLE_FIELDS, STORED_FIELDS);
                return false;
            }
        };
    }

    /**
     * The records whose field holds this whole value, ignoring case, in HGNC id order. No wildcards, as at
     * HGNC: {@code ZNF*} is looked up as it is. An unknown value finds nothing.
     *
     * @param field one of {@link #SEARCHABLE_FIELDS}
     * @throws InvalidInputException for a field that is not searchable
     * @throws NotReadyException while this replica builds its first view
     */
    public HgncAnswer fetch(String field, String value, AnswerFormat format) {
        long started = System.nanoTime();
        ViewField searchable = searchable(field);
        GeneView view = views.require();
        try {
            return new FetchAnswer(format, started, view, searchable.exactField(), value.toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every gene a query in HGNC's syntax matches, best first: {@code BRAF}, {@code symbol:ZNF*},
     * {@code "MAPK interacting" AND locus_type:"gene with protein product"}, {@code ZNF* NOT status:Approved}.
     *
     * @param field the field the query's bare terms search; null for the fields a bare term searches everywhere
     * @throws InvalidInputException for a field that is not searchable, a malformed query or one too large to run
     * @throws NotReadyException while this replica builds its first view
     */
    public HgncAnswer search(String field, String query, AnswerFormat format) {
        long started = System.nanoTime();
        ViewField defaultField = field == null ? null : searchable(field);
        GeneView view = views.require();
        Query parsed = QuerySyntax.parse(query, view.analyzer(), defaultField);
        try {
            RankedHits hits = view.searcher().search(parsed, RankedHits.collector());
            return new SearchHitsAnswer(format, started, view, hits);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw QuerySyntax.tooCostly(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ViewField searchable(String field) {
        return ViewField.of(field).orElseThrow(() -> new InvalidInputException((HgncSchema.indexOf(field) >= 0
                ? "field '" + field + "' is stored but not searchable"
                : "unknown field '" + Excerpt.of(field) + "'") + "; fetch and search take one of "
                + String.join(", ", SEARCHABLE_FIELDS)));
    }
}
