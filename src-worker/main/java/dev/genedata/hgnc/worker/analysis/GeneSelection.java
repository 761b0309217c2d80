package dev.genedata.hgnc.worker.analysis;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.gene.model.Chromosomes;

/**
 * Applies a job's normalized {@code filter} to the columns: the positions of the genes that pass every
 * key, with the meanings of the {@code /genes} filters. {@code locus_group}, {@code locus_type},
 * {@code status} and {@code gene_group} (one of the gene's groups) compare whole and case-insensitively;
 * {@code chromosome} is one of the gene's chromosomes; {@code symbol_prefix} is a case-insensitive prefix
 * of the approved symbol; {@code approved_from}/{@code approved_to} are inclusive bounds on the year of
 * {@code date_approved_reserved}, which a gene without that date fails.
 */
public final class GeneSelection {

    private GeneSelection() {
    }

    /**
     * The positions in {@code columns} of the genes that pass the filter, ascending.
     *
     * @param filter the normalized filter object (missing or empty: every gene)
     */
    public static int[] select(GeneColumns columns, JsonNode filter) {
        boolean[] locusGroups = codes(columns.locusGroups(), filter.path("locus_group").asText(null));
        boolean[] locusTypes = codes(columns.locusTypes(), filter.path("locus_type").asText(null));
        boolean[] statuses = codes(columns.statuses(), filter.path("status").asText(null));
        boolean[] geneGroups = codes(columns.geneGroupNames(), filter.path("gene_group").asText(null));
        int chromosomeMask = chromosomeMask(filter.path("chromosome").asText(null));
        String prefix = filter.path("symbol_prefix").asText(null);
        boolean years = filter.has("approved_from") || filter.has("approved_to");
        int from = filter.path("approved_from").asInt(Integer.MIN_VALUE);
        int to = filter.path("approved_to").asInt(Integer.MAX_VALUE);

        int[] selected = new int[columns.size()];
        int n = 0;
        for (int g = 0; g < columns.size(); g++) {
            if (matches(locusGroups, columns.locusGroup()[g]) && matches(locusTypes, columns.locusType()[g])
                    && matches(statuses, columns.status()[g])
                    && (chromosomeMask == -1 || (columns.chromosomes()[g] & chromosomeMask) != 0)
                    && (geneGroups == null || inAnyGroup(geneGroups, columns.geneGroups()[g]))
                    && (prefix == null || columns.symbols()[g].regionMatches(true, 0, prefix, 0, prefix.length()))
                    && (!years || inYears(columns.yearApproved()[g], from, to))) {
                selected[n++] = g;
            }
        }
        return Arrays.copyOf(selected, n);
    }

    /** Which dictionary codes equal the wanted value, ignoring case; null when there is no such filter. */
    private static boolean[] codes(List<String> dictionary, String wanted) {
        if (wanted == null) {
            return null;
        }
        boolean[] codes = new boolean[dictionary.size()];
        for (int i = 0; i < dictionary.size(); i++) {
            codes[i] = dictionary.get(i).equalsIgnoreCase(wanted);
        }
        return codes;
    }

    /** The chromosome's bit; -1 for no filter; 0 (nothing matches) for a name outside {@link Chromosomes#ALL}. */
    private static int chromosomeMask(String chromosome) {
        if (chromosome == null) {
            return -1;
        }
        int bit = Chromosomes.ALL.indexOf(chromosome);
        return bit < 0 ? 0 : 1 << bit;
    }

    private static boolean matches(boolean[] codes, int code) {
        return codes == null || (code >= 0 && codes[code]);
    }

    private static boolean inAnyGroup(boolean[] codes, int[] groups) {
        for (int group : groups) {
            if (codes[group]) {
                return true;
            }
        }
        return false;
    }

    private static boolean inYears(int year, int from, int to) {
        return year != 0 && year >= from && year <= to;
    }
}
