package dev.genedata.hgnc.gene.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.util.BytesRef;

import com.fasterxml.jackson.annotation.JsonRawValue;

import dev.genedata.hgnc.common.error.ConcurrentChangeException;
import dev.genedata.hgnc.common.error.Excerpt;
import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.common.error.UnknownResourceException;
import dev.genedata.hgnc.common.validation.TypedRequests;
import dev.genedata.hgnc.gene.model.GeneFilter;
import dev.genedata.hgnc.gene.store.GeneStore;
import dev.genedata.hgnc.gene.view.GeneView;
import dev.genedata.hgnc.gene.view.GeneViews;
import dev.genedata.hgnc.gene.store.GeneStore.IndexProbe;
import dev.genedata.hgnc.gene.store.IndexedField;
import dev.genedata.hgnc.gene.store.PackedIds;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;

/**
 * Answers the read routes without blocking: one record by id or symbol, filtered id lists, and the
 * summary. Each answer comes from one version of the set. A record by id comes from this replica's read
 * view when it holds the latest version this replica knows of (no round trip), else from Redis.
 */
@ApplicationScoped
public class GeneQueryService {

    private static final Pattern HGNC_ID = Pattern.compile("(?i)(?:HGNC:)?([1-9][0-9]{0,8})");

    /** The set a read began on was deleted before it finished (two loads meanwhile); worth reading again. */
    private static final ConcurrentChangeException SET_REPLACED = new ConcurrentChangeException(
            "the data set was replaced twice while it was being read; try again");

    /** What {@code q} matches, combined with OR. */
    private static final List<IndexedField> SYMBOL_FIELDS = List.of(
            IndexedField.SYMBOL, IndexedField.ALIAS_SYMBOL, IndexedField.PREV_SYMBOL);

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
     * The ids matching a filter and a symbol, in numeric order, and how many there are before paging. The
     * Redis indexes answer the filter's {@link GeneFilter#indexed indexed} keys; {@code q} matches an
     * approved, alias or previous symbol.
     *
     * @param q a symbol, alias symbol or previous symbol, any case; null or blank for any
     * @param offset how many to skip, 0 or more (as {@link dev.genedata.hgnc.common.rest.Paging} checks it)
     * @throws InvalidInputException for a filter value that breaks its rule
     */
    public Uni<IdPage> ids(GeneFilter filter, String q, int offset, Integer limit) {
        requests.checkQuery(filter);
        String symbol = q == null || q.isBlank() ? null : q.strip();
        List<IndexProbe> probes = new ArrayList<>();
        add(probes, IndexedField.LOCUS_GROUP, filter.locusGroup());
        add(probes, IndexedField.LOCUS_TYPE, filter.locusType());
        add(probes, IndexedField.STATUS, filter.status());
        add(probes, IndexedField.CHROMOSOME, filter.chromosome());
        add(probes, IndexedField.GENE_GROUP, filter.geneGroup());
        int plain = probes.size();
        if (symbol != null) {
            for (IndexedField field : SYMBOL_FIELDS) {
                probes.add(new IndexProbe(field, symbol));
            }
        }
        return store.ids(probes).map(read -> {
            if (read == null) {
                return new IdPage(List.of(), 0);
            }
            int[] selected = read.all();
            for (int i = 0; i < plain; i++) {
                selected = PackedIds.intersect(selected, read.matches().get(i));
            }
            if (symbol != null) {
                int[] symbols = new int[0];
                for (int i = plain; i < read.matches().size(); i++) {
                    symbols = PackedIds.union(symbols, read.matches().get(i));
                }
                selected = PackedIds.intersect(selected, symbols);
            }
            int from = Math.min(offset, selected.length);
            int to = limit == null ? selected.length : (int) Math.min(selected.length, (long) from + limit);
            List<String> page = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                page.add("HGNC:" + selected[i]);
            }
            return new IdPage(page, selected.length);
        });
    }

    private static void add(List<IndexProbe> probes, IndexedField field, String value) {
        if (value != null) {
            probes.add(new IndexProbe(field, value));
        }
    }

    /**
     * Records by symbol, as HGNC's REST service finds them: the gene whose approved symbol it is; if
     * none, the genes that had it as a previous symbol or have it as an alias.
     *
     * @throws InvalidInputException for an empty symbol or one over 100 characters
     * @throws UnknownResourceException when no gene has or had the symbol
     */
    public Uni<SymbolMatches> bySymbol(String symbol) {
        String wanted = symbol == null ? "" : symbol.trim();
        if (wanted.isEmpty() || wanted.length() > 100) {
            throw new InvalidInputException("symbol must have 1 to 100 characters");
        }
        List<IndexProbe> probes = List.of(
                new IndexProbe(IndexedField.SYMBOL, wanted),
                new IndexProbe(IndexedField.PREV_SYMBOL, wanted),
                new IndexProbe(IndexedField.ALIAS_SYMBOL, wanted));
        return store.ids(probes).flatMap(read -> {
            if (read == null) {
                throw notFoundSymbol(wanted);
            }
            int[] approved = read.matches().get(0);
            int[] previous = approved.length > 0 ? new int[0] : read.matches().get(1);
            int[] alias = approved.length > 0 ? new int[0] : read.matches().get(2);
            int[] ids = PackedIds.union(approved, PackedIds.union(previous, alias));
            if (ids.length == 0) {
                throw notFoundSymbol(wanted);
            }
            return store.records(read.version(), ids, 0, ids.length).map(records -> {
                List<SymbolMatch> matches = new ArrayList<>(ids.length);
                for (int i = 0; i < ids.length; i++) {
                    if (records.get(i) == null) {
                        throw SET_REPLACED;
                    }
                    matches.add(new SymbolMatch(matchKind(ids[i], approved, previous), records.get(i).toString()));
                }
                return new SymbolMatches(wanted, matches);
            });
        })
                // two loads between reading the ids and the records deleted their version: read the new one
                .onFailure(failure -> failure == SET_REPLACED).retry().atMost(2);
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

    private static String matchKind(int id, int[] approved, int[] previous) {
        if (Arrays.binarySearch(approved, id) >= 0) {
            return "symbol";
        }
        return Arrays.binarySearch(previous, id) >= 0 ? "prev_symbol" : "alias_symbol";
    }

    private static UnknownResourceException notFoundSymbol(String symbol) {
        return new UnknownResourceException("no gene has or had the symbol '" + Excerpt.of(symbol) + "'");
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
