package dev.genedata.hgnc.gene.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives chromosomes from HGNC's {@code location}: {@code 19q13.43} is on 19, {@code Xp22.33 and
 * Yp11.2} on X and Y, {@code 10q23.3 or 10q24.2} on 10, {@code mitochondria} on MT; {@code reserved},
 * {@code unplaced} and an empty location on none.
 */
public final class Chromosomes {

    /** Every chromosome, in karyotype order. */
    public static final List<String> ALL = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
            "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "X", "Y", "MT");

    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+(?:and|or)\\s+");
    private static final Pattern LEADING_CHROMOSOME = Pattern.compile("^(\\d{1,2}|X|Y)(?=$|[pq]|cen|\\s|,)");

    private Chromosomes() {
    }

    /** The chromosomes a location names, in karyotype order; empty when it names none. */
    public static Set<String> fromLocation(String location) {
        Set<String> found = new LinkedHashSet<>();
        if (location == null || location.isBlank()) {
            return found;
        }
        String trimmed = location.trim();
        if (trimmed.equalsIgnoreCase("mitochondria")) {
            found.add("MT");
            return found;
        }
        Set<String> unordered = new java.util.HashSet<>();
        for (String part : PART_SEPARATOR.split(trimmed)) {
            Matcher matcher = LEADING_CHROMOSOME.matcher(part.trim());
            if (matcher.find() && ALL.contains(matcher.group(1))) {
                unordered.add(matcher.group(1));
            }
        }
        ALL.stream().filter(unordered::contains).forEach(found::add);
        return found;
    }

    /** Whether the value is one of {@link #ALL}. */
    public static boolean isValid(String chromosome) {
        return ALL.contains(chromosome);
    }
}
