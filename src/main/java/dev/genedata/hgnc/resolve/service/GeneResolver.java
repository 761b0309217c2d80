package dev.genedata.hgnc.resolve.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.gene.view.ExactValues;
import dev.genedata.hgnc.gene.view.GeneBrief;
import dev.genedata.hgnc.gene.view.GeneView;
import dev.genedata.hgnc.gene.view.GeneViews;

/**
 * Resolves lists of gene symbols and identifiers to current genes, from the replica's read view, as HGNC's
 * multi-symbol checker does and with the identifiers it lacks. Each input is looked up whole, ignoring case, among
 * the approved, previous and alias symbols and the identifiers of every gene ({@link MatchType}); an input a
 * spreadsheet made a date of ({@link SpreadsheetDates}) is looked up also as each symbol it may have been, among
 * the symbols only. The resolved gene is the one best match: an approved symbol, else an identifier, else a
 * previous symbol, else an alias symbol; when the best matches are several genes, none is resolved and the input
 * is ambiguous. Nothing here goes to Redis.
 */
@ApplicationScoped
public class GeneResolver {

    private static final Comparator<Found> BEST_FIRST = Comparator.comparingInt((Found found) -> found.type.rank())
            .thenComparingInt(found -> found.doc);

    private final GeneViews views;

    GeneResolver(GeneViews views) {
        this.views = views;
    }

    /**
     * Resolves every input of the request against the current view.
     *
     * @throws InvalidInputException while the replica builds its first view
     */
    public ResolveAnswer resolve(ResolveRequest request) {
        GeneView view = views.require();
        return new ResolveAnswer(resolve(view, request.inputs()), view.version());
    }

    /** Resolves every input against this view; one resolution per input, in input order. */
    public static List<Resolution> resolve(GeneView view, List<String> inputs) {
        List<Resolution> resolutions = new ArrayList<>(inputs.size());
        for (String input : inputs) {
            resolutions.add(resolve(view, input));
        }
        return resolutions;
    }

    private static Resolution resolve(GeneView view, String input) {
        List<Found> found = new ArrayList<>(2);
        collect(view, input, null, found);
        for (String symbol : SpreadsheetDates.symbolsFor(input)) {
            collect(view, symbol, symbol, found);
        }
        if (found.isEmpty()) {
            return new Resolution(input, null, false, List.of());
        }
        found.sort(BEST_FIRST);
        int best = found.get(0).type.rank();
        boolean single = found.size() == 1 || found.get(1).type.rank() != best;
        List<GeneMatch> matches = new ArrayList<>(found.size());
        for (Found match : found) {
            GeneBrief gene = view.brief(match.doc);
            matches.add(new GeneMatch(match.type, gene.hgncId(), gene.symbol(), gene.name(), gene.location(), match.via));
        }
        GeneMatch first = matches.get(0);
        return new Resolution(input, single ? new ResolvedGene(first.hgncId(), first.symbol()) : null, !single, matches);
    }

    /**
     * Adds the genes that hold this value, each once with its best match type: a gene found again keeps the match
     * found first unless the new one ranks higher.
     *
     * @param via the symbol a spreadsheet date was read back to, which may match symbols only; null for the input
     */
    private static void collect(GeneView view, String value, String via, List<Found> found) {
        for (int entry : view.exactValues().find(value)) {
            MatchType type = MatchType.of(ExactValues.field(entry));
            if (via != null && !type.isSymbol()) {
                continue;
            }
            int doc = ExactValues.doc(entry);
            int known = indexOf(found, doc);
            if (known < 0) {
                found.add(new Found(doc, type, via));
            } else if (type.rank() < found.get(known).type.rank()) {
                found.set(known, new Found(doc, type, via));
            }
        }
    }

    private static int indexOf(List<Found> found, int doc) {
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).doc == doc) {
                return i;
            }
        }
        return -1;
    }

    /** A gene matched, before it is shown. */
    private record Found(int doc, MatchType type, String via) {
    }
}
