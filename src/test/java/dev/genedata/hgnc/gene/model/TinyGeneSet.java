package dev.genedata.hgnc.gene.model;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * Seven hand-made genes whose answers the tests work out by hand:
 * <pre>
 * pos symbol locus_group / locus_type                       status           chromosomes groups                approved    unfilled fields
 * 0   AAA1   protein-coding gene / gene with protein product Approved         X, Y        Kinases, Zinc fingers 2001-05-01  -
 * 1   AAB2   protein-coding gene / gene with protein product Approved         1           Kinases               2001-07-01  -
 * 2   BCD3   pseudogene / pseudogene                         Approved         1           -                     2003-01-01  gene_group
 * 3   XYZ    non-coding RNA / RNA, long non-coding           Approved         -           Zinc fingers          -           location, date_approved_reserved
 * 4   aaz5   protein-coding gene / gene with protein product Approved         MT          Kinases               2003-12-31  -
 * 5   QQ6    - / -                                           Approved         2           -                     1999-01-01  locus_group, locus_type, gene_group
 * 6   WD7    other / unknown                                 Entry Withdrawn  22          Ring fingers          2024-02-02  -
 * </pre>
 */
public final class TinyGeneSet {

    /** The fields of the set, in column order. */
    public static final List<String> FIELDS = List.of("hgnc_id", "symbol", "locus_group", "locus_type", "status", "location",
            "gene_group", "date_approved_reserved");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String PROTEIN = "protein-coding gene";
    private static final String PRODUCT = "gene with protein product";

    private TinyGeneSet() {
    }

    /** The seven genes as the worker reads them. */
    public static GeneColumns columns() {
        return GeneColumns.of(1, List.of(
                gene(1, "AAA1", PROTEIN, PRODUCT, "Approved", Set.of("X", "Y"), List.of("Kinases", "Zinc fingers"),
                        "2001-05-01", FIELDS),
                gene(2, "AAB2", PROTEIN, PRODUCT, "Approved", Set.of("1"), List.of("Kinases"), "2001-07-01", FIELDS),
                gene(3, "BCD3", "pseudogene", "pseudogene", "Approved", Set.of("1"), List.of(), "2003-01-01",
                        without("gene_group")),
                gene(4, "XYZ", "non-coding RNA", "RNA, long non-coding", "Approved", Set.of(), List.of("Zinc fingers"),
                        null, without("location", "date_approved_reserved")),
                gene(5, "aaz5", PROTEIN, PRODUCT, "Approved", Set.of("MT"), List.of("Kinases"), "2003-12-31", FIELDS),
                gene(6, "QQ6", null, null, "Approved", Set.of("2"), List.of(), "1999-01-01",
                        without("locus_group", "locus_type", "gene_group")),
                gene(7, "WD7", "other", "unknown", "Entry Withdrawn", Set.of("22"), List.of("Ring fingers"),
                        "2024-02-02", FIELDS)), FIELDS);
    }

    /** A request record read from JSON (single quotes allowed for readability), defaults filled in. */
    public static <R> R request(Class<R> type, String json) {
        try {
            return MAPPER.readValue(json.replace('\'', '"'), type);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An ordered table from alternating keys and values. */
    public static LinkedHashMap<String, Object> table(Object... keysAndValues) {
        LinkedHashMap<String, Object> table = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            table.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return table;
    }

    /** A copy of a computed table with plain value types, comparable with {@link #table}. */
    public static LinkedHashMap<String, Object> copy(java.util.Map<String, ? extends Number> computed) {
        return new LinkedHashMap<>(computed);
    }

    private static GeneFacts gene(int id, String symbol, String locusGroup, String locusType, String status,
            Set<String> chromosomes, List<String> groups, String approved, List<String> fields) {
        return new GeneFacts(id, symbol, locusGroup, locusType, status, new LinkedHashSet<>(chromosomes), groups,
                approved, null, FieldSet.of(fields));
    }

    private static List<String> without(String... missing) {
        return FIELDS.stream().filter(f -> !List.of(missing).contains(f)).toList();
    }
}
