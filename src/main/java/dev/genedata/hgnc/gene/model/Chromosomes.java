package dev.genedata.hgnc.gene.model;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Derives chromosomes from HGNC's {@code location}: {@code 19q13.43} and {@code 1p36.33-p36.32} are on
 * 1 and 19, {@code Xp22.33 and Yp11.2} on X and Y, {@code 10q23.3 or 10q24.2} on 10, {@code 12 alternate
 * reference locus}, {@code 14 unplaced} and {@code 13cen, GRCh38 novel patch} on 12, 14 and 13,
 * {@code mitochondria} on MT; {@code reserved}, {@code unplaced}, {@code not on reference assembly} and
 * an empty location on none.
 */
public final class Chromosomes {

    /** Every chromosome's name in karyotype order, comma-separated: a constant, for validation messages. */
    public static final String NAMES = "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, "
            + "X, Y, MT";

    /** Every chromosome, in karyotype order: 1 to 22, X, Y, MT. */
    public static final List<String> ALL = List.of(NAMES.split(", "));

    /** Joins the parts of a location on two chromosomes (pseudoautosomal genes) or in two places. */
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+(?:and|or)\\s+");

    /**
     * A part's leading chromosome: a number or X/Y followed by an arm, a band range to a terminal
     * ({@code pter}, {@code qter}), {@code cen}, a qualifier after a space or comma, or nothing; or the
     * word {@code mitochondria}.
     */
    private static final Pattern CHROMOSOME = Pattern.compile(
            "^(?:(2[0-2]|1[0-9]|[1-9]|X|Y)(?=[pq]|cen|[\\s,]|$)|(mitochondria)\\b)");

    private Chromosomes() {
    }

    /**
     * The chromosomes a location names, in karyotype order ({@link #ALL}); empty when it names none,
     * such as {@code reserved}, {@code unplaced}, an empty or a null location.
     */
    public static Set<String> fromLocation(String location) {
        if (location == null || location.isBlank()) {
            return new LinkedHashSet<>(4);
        }
        BitSet named = new BitSet(ALL.size());
        for (String part : PART_SEPARATOR.split(location.trim())) {
            Matcher matcher = CHROMOSOME.matcher(part);
            if (matcher.find()) {
                named.set(matcher.group(1) != null ? ALL.indexOf(matcher.group(1)) : ALL.indexOf("MT"));
            }
        }
        return named.stream().mapToObj(ALL::get).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether the value is one of {@link #ALL}, exactly as written there (so {@code "x"} is not). */
    public static boolean isValid(String chromosome) {
        return chromosome != null && ALL.contains(chromosome);
    }
}
