package dev.genedata.hgnc.resolve.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answers {@code POST /genes/resolve} must give, worked out from a set of records read with Jackson: where each
 * value of the symbol and identifier fields occurs, and the rules the route documents, written out here: a gene
 * matches with its best match type (approved symbol, then an identifier, then previous, then alias symbol); the
 * input resolves to the one gene at the best level, or is ambiguous when several genes share it.
 */
final class ResolveTruth {

    /** The identifier fields; each is its own match type. */
    static final List<String> IDENTIFIERS = List.of("hgnc_id", "entrez_id", "ensembl_gene_id", "uniprot_ids",
            "refseq_accession", "omim_id", "ccds_id", "ena", "mgd_id", "rgd_id", "ucsc_id", "vega_id", "rna_central_id",
            "mane_select");
    private static final Map<String, String> SYMBOL_TYPES = Map.of("symbol", "approved_symbol", "prev_symbol",
            "previous_symbol", "alias_symbol", "alias_symbol");

    /** Lower-cased value → gene id → the match types it has there. */
    private final Map<String, Map<String, Set<String>>> occurrences = new HashMap<>();

    ResolveTruth(Iterable<? extends JsonNode> records) {
        Map<String, String> types = new HashMap<>(SYMBOL_TYPES);
        IDENTIFIERS.forEach(field -> types.put(field, field));
        for (JsonNode record : records) {
            types.forEach((field, type) -> {
                JsonNode node = record.path(field);
                for (JsonNode value : node.isArray() ? node : List.of(node)) {
                    if (!value.isMissingNode() && !value.asText().isEmpty()) {
                        occurrences.computeIfAbsent(value.asText().toLowerCase(Locale.ROOT), v -> new TreeMap<>())
                                .computeIfAbsent(record.path("hgnc_id").asText(), g -> new LinkedHashSet<>()).add(type);
                    }
                }
            });
        }
    }

    /** The genes that hold this value, ignoring case, with the match types it has in each. */
    Map<String, Set<String>> genes(String value) {
        return occurrences.getOrDefault(value.toLowerCase(Locale.ROOT), Map.of());
    }

    /** The lower-cased values whose genes pass the test, sorted. */
    List<String> values(Predicate<Map<String, Set<String>>> test) {
        return occurrences.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).sorted()
                .toList();
    }

    /**
     * The genes an input matches, each with its best match type: those holding the input, and those holding one of
     * the spellings of a spreadsheet date as a symbol.
     *
     * @return gene id → match type
     */
    Map<String, String> matches(String input, List<String> spellings) {
        Map<String, Set<String>> types = new HashMap<>();
        genes(input).forEach((gene, found) -> types.computeIfAbsent(gene, g -> new LinkedHashSet<>()).addAll(found));
        for (String spelling : spellings) {
            genes(spelling).forEach((gene, found) -> found.stream().filter(type -> type.endsWith("_symbol"))
                    .forEach(type -> types.computeIfAbsent(gene, g -> new LinkedHashSet<>()).add(type)));
        }
        Map<String, String> best = new TreeMap<>();
        types.forEach((gene, found) -> best.put(gene, best(found)));
        return best;
    }

    /**
     * Asserts that an answer entry is what the rules give for this input: the same genes with the same match types,
     * best first, and resolved or ambiguous by the best level.
     */
    void assertEntry(JsonNode entry, String input, List<String> spellings) {
        assertThat(entry.path("input").asText()).isEqualTo(input);
        Map<String, String> expected = matches(input, spellings);
        Map<String, String> found = new TreeMap<>();
        List<Integer> ranks = new ArrayList<>();
        entry.path("matches").forEach(match -> {
            found.put(match.path("hgnc_id").asText(), match.path("matchType").asText());
            ranks.add(rank(match.path("matchType").asText()));
        });
        assertThat(found).as("the genes %s matches", input).isEqualTo(expected);
        assertThat(ranks).as("best first: %s", input).isSorted();
        int best = expected.values().stream().mapToInt(ResolveTruth::rank).min().orElse(-1);
        List<String> atBest = expected.entrySet().stream().filter(e -> rank(e.getValue()) == best).map(Map.Entry::getKey)
                .toList();
        assertThat(entry.path("ambiguous").asBoolean()).as("%s is ambiguous", input).isEqualTo(atBest.size() > 1);
        if (atBest.size() == 1) {
            assertThat(entry.path("resolved").path("hgnc_id").asText()).as("%s resolves", input).isEqualTo(atBest.get(0));
        } else {
            assertThat(entry.path("resolved").isNull()).as("%s resolves to nothing", input).isTrue();
        }
    }

    /** The best of a gene's match types. */
    static String best(Set<String> types) {
        return types.stream().min(Comparator.comparingInt(ResolveTruth::rank)).orElseThrow();
    }

    /** Lower wins: approved symbol 0, any identifier 1, previous symbol 2, alias symbol 3. */
    static int rank(String type) {
        return switch (type) {
            case "approved_symbol" -> 0;
            case "previous_symbol" -> 2;
            case "alias_symbol" -> 3;
            default -> 1;
        };
    }
}
