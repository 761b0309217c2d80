package dev.genedata.hgnc.gene.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The fields a record has filled: those HGNC lists as bits in the order of {@link HgncSchema#TSV_COLUMNS},
 * any others by name. Counting fields over 44,000 records is then mostly ORing longs, not hashing names.
 *
 * @param schemaBits bit {@code i} is set when the record has {@code HgncSchema.TSV_COLUMNS.get(i)}
 * @param others the names HGNC does not list, in record order; usually none
 */
public record FieldSet(long schemaBits, List<String> others) {

    /** Keeps its own copy of the other names. */
    public FieldSet {
        others = List.copyOf(others);
    }

    /** The set of these names (each once). */
    public static FieldSet of(Collection<String> names) {
        long bits = 0;
        List<String> others = new ArrayList<>();
        for (String name : names) {
            int index = HgncSchema.indexOf(name);
            if (index >= 0) {
                bits |= 1L << index;
            } else if (!others.contains(name)) {
                others.add(name);
            }
        }
        return new FieldSet(bits, others);
    }

    /** The names: HGNC's in schema order, then the others in record order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(Long.bitCount(schemaBits) + others.size());
        for (long bits = schemaBits; bits != 0; bits &= bits - 1) {
            names.add(HgncSchema.TSV_COLUMNS.get(Long.numberOfTrailingZeros(bits)));
        }
        names.addAll(others);
        return names;
    }

    /** How many fields. */
    public int size() {
        return Long.bitCount(schemaBits) + others.size();
    }
}
