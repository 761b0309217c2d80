package dev.genedata.hgnc.worker.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.gene.model.GeneFacts;

/**
 * Six hand-made genes whose answers are worked out by hand in the tests:
 * <pre>
 * id symbol locus_group          chromosomes groups                 approved    fields filled
 * 1  AAA1   protein-coding gene  X, Y        Kinases, Zinc fingers  2001-05-01  all 8
 * 2  AAB2   protein-coding gene  1           Kinases                2001-07-01  all 8
 * 3  BCD3   pseudogene           1           -                      2003-01-01  7 (no gene_group)
 * 4  XYZ    non-coding RNA       -           Zinc fingers           -           6 (no location, date)
 * 5  aaz5   protein-coding gene  MT          Kinases                2003-12-31  all 8
 * 6  QQ6    -                    2           -                      1999-01-01  5 (no locus_group, locus_type, gene_group)
 * </pre>
 */
final class TinyGeneSet {

    static final List<String> FIELDS = List.of("hgnc_id", "symbol", "locus_group", "locus_type", "status", "location",
            "gene_group", "date_approved_reserved");
    static final ObjectMapper MAPPER = new ObjectMapper();

    private TinyGeneSet() {
    }

    static GeneColumns columns() {
        return GeneColumns.of(1, List.of(
                gene(1, "AAA1", "protein-coding gene", "gene with protein product", Set.of("X", "Y"),
                        List.of("Kinases", "Zinc fingers"), "2001-05-01", FIELDS),
                gene(2, "AAB2", "protein-coding gene", "gene with protein product", Set.of("1"), List.of("Kinases"),
                        "2001-07-01", FIELDS),
                gene(3, "BCD3", "pseudogene", "pseudogene", Set.of("1"), List.of(), "2003-01-01",
                        without("gene_group")),
                gene(4, "XYZ", "non-coding RNA", "RNA, long non-coding", Set.of(), List.of("Zinc fingers"), null,
                        without("location", "date_approved_reserved")),
                gene(5, "aaz5", "protein-coding gene", "gene with protein product", Set.of("MT"), List.of("Kinases"),
                        "2003-12-31", FIELDS),
                gene(6, "QQ6", null, null, Set.of("2"), List.of(), "1999-01-01",
                        without("locus_group", "locus_type", "gene_group"))), FIELDS);
    }

    /** Normalized params: the given JSON object plus an empty filter when it has none. */
    static ObjectNode params(String json) {
        try {
            ObjectNode params = (ObjectNode) MAPPER.readTree(json);
            if (!params.has("filter")) {
                params.putObject("filter");
            }
            return params;
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static GeneFacts gene(int id, String symbol, String locusGroup, String locusType, Set<String> chromosomes,
            List<String> groups, String approved, List<String> fields) {
        return new GeneFacts(id, symbol, locusGroup, locusType, "Approved", new LinkedHashSet<>(chromosomes), groups,
                List.of(), List.of(), approved, null, fields);
    }

    private static List<String> without(String... missing) {
        return FIELDS.stream().filter(f -> !List.of(missing).contains(f)).toList();
    }
}
