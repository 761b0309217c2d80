package dev.genedata.hgnc.gene.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

import com.fasterxml.jackson.annotation.JsonRawValue;

import dev.genedata.hgnc.common.error.Excerpt;
import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.common.error.UnknownResourceException;
import dev.genedata.hgnc.common.validation.TypedRequests;
import dev.genedata.hgnc.gene.model.GeneFilter;
import dev.genedata.hgnc.gene.store.GeneStore;
import dev.genedata.hgnc.gene.view.GeneView;
import dev.genedata.hgnc.gene.view.GeneViews;
import dev.genedata.hgnc.gene.view.ViewField;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;

/**
 * Answers the read routes without blocking: one record by id or symbol, filtered id lists, and the
 * summary. Each answer comes from one version of the set. Id lists and symbol lookups come from this
 * replica's read view of the latest version it knows of; a record by id too when that view is built (no
 * round trip), else from Redis; the summary from Redis.
 */
@ApplicationScoped
public class GeneQueryService {

    private static final Pattern HGNC_ID = Pattern.compile("(?i)(?:HGNC:)?([1-9][0-9]{0,8})");

    private final GeneStore store;
    private final GeneViews views;
    private final TypedRequests requests;

    GeneQueryService(GeneStore store, GeneViews views, TypedRequests requests) {
        this.store = store;
        this.views = views;
        this.requests = requests;
    }

    /**
     * One record.
     *
     * @param hgncId {@code HGNC:5} or {@code 5}
     * @throws InvalidInputException for a malformed id
     * @throws UnknownResourceException for one not in the set
     */
    public Uni<Buffer> record(String hgncId) {
        int id = parseId(hgncId);
        Optional<GeneView> view = views.upToDate();
        if (view.isPresent()) {
            int doc = view.get().docOf(id);
            if (doc < 0) {
                throw new UnknownResourceException("HGNC:" + id + " is not in the loaded data set");
            }
            BytesRef json = view.get().json(doc);
            return Uni.createFrom().item(Buffer.buffer(Arrays.copyOfRange(json.bytes, json.offset, json.offset + json.length)));
        }
        return store.record(id).map(record -> {
            if (record == null) {
                throw new UnknownResourceException("HGNC:" + id + " is not in the loaded data set");
            }
            return record;
        });
    }

    /**
     * The ids matching a filter and a symbol, in numeric order, and how many there are before paging, from this
     * replica's read view of the latest version it knows of (waiting for it right after a load).
     *
     * @param q a symbol, alias symbol or previous symbol, any case; null or blank for any
     * @param offset how many to skip, 0 or more (as {@link dev.genedata.hgnc.common.rest.Paging} checks it)
     * @throws InvalidInputException for a filter value that breaks its rule
     */
    public Uni<IdPage> ids(GeneFilter filter, String q, int offset, Integer limit) {
        requests.checkQuery(filter);
        String wanted = q == null ? "" : q.strip();
        Query symbol = wanted.isEmpty() ? new MatchAllDocsQuery() : new BooleanQuery.Builder()
                .add(GeneView.exact(ViewField.SYMBOL, wanted), BooleanClause.Occur.SHOULD)
                .add(GeneView.exact(ViewField.ALIAS_SYMBOL, wanted), BooleanClause.Occur.SHOULD)
                .add(GeneView.exact(ViewField.PREV_SYMBOL, wanted), BooleanClause.Occur.SHOULD).build();
        return views.fresh().map(view -> {
            int[] selected = view.ids(GeneView.filtered(symbol, filter));
            int from = Math.min(offset, selected.length);
            int to = limit == null ? selected.length : (int) Math.min(selected.length, (long) from + limit);
            List<String> page = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                page.add("HGNC:" + selected[i]);
            }
            return new IdPage(page, selected.length);
        });
    }

    /**
     * Records by symbol, as HGNC's REST service finds them: the gene whose approved symbol it is; if
     * none, the genes that had it as a previous symbol or have it as an alias. From the read view, as {@link #ids}.
     *
     * @throws InvalidInputException for an empty symbol or one over 100 characters
     * @throws UnknownResourceException when no gene has or had the symbol
     */
    public Uni<SymbolMatches> bySymbol(String symbol) {
        String wanted = symbol == null ? "" : symbol.trim();
        if (wanted.isEmpty() || wanted.length() > 100) {
            throw new InvalidInputException("symbol must have 1 to 100 characters");
        }
        return views.fresh().map(view -> {
            Map<Integer, String> matchedOn = new TreeMap<>();
            match(matchedOn, view, ViewField.SYMBOL, wanted);
            if (matchedOn.isEmpty()) {
                match(matchedOn, view, ViewField.PREV_SYMBOL, wanted);
                match(matchedOn, view, ViewField.ALIAS_SYMBOL, wanted);
            }
            if (matchedOn.isEmpty()) {
                throw new UnknownResourceException("no gene has or had the symbol '" + Excerpt.of(wanted) + "'");
            }
            List<SymbolMatch> matches = new ArrayList<>(matchedOn.size());
            matchedOn.forEach((id, field) -> {
                BytesRef json = view.json(view.docOf(id));
                matches.add(new SymbolMatch(field, new String(json.bytes, json.offset, json.length, StandardCharsets.UTF_8)));
            });
            return new SymbolMatches(wanted, matches);
        });
    }

    /** Notes how each gene whose field has the symbol matched, unless it matched on an earlier field. */
    private static void match(Map<Integer, String> matchedOn, GeneView view, ViewField field, String symbol) {
        for (int id : view.ids(GeneView.exact(field, symbol))) {
            matchedOn.putIfAbsent(id, field.id());
        }
    }

    /** The summary JSON of the current set; a {@code null} item when no set is loaded. */
    public Uni<String> info() {
        return store.info();
    }

    /**
     * Parses {@code HGNC:5} or {@code 5} into 5.
     *
     * @throws InvalidInputException for anything else
     */
    public static int parseId(String hgncId) {
        Matcher matcher = HGNC_ID.matcher(hgncId == null ? "" : hgncId.trim());
        if (!matcher.matches()) {
            throw new InvalidInputException("malformed HGNC id '" + Excerpt.of(hgncId)
                    + "': use HGNC:<number> or <number>, for example HGNC:5");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /**
     * A page of ids.
     *
     * @param ids the {@code HGNC:n} ids of the page
     * @param total how many ids match before paging
     */
    public record IdPage(List<String> ids, int total) {
    }

    /**
     * The answer to a symbol lookup.
     *
     * @param query the symbol asked for
     * @param matches the records found, each with how it matched
     */
    public record SymbolMatches(String query, List<SymbolMatch> matches) {
    }

    /**
     * One record found by symbol.
     *
     * @param matchedOn {@code symbol}, {@code prev_symbol} or {@code alias_symbol}
     * @param record the record as stored (JSON)
     */
    public record SymbolMatch(String matchedOn, @JsonRawValue String record) {
    }
}
