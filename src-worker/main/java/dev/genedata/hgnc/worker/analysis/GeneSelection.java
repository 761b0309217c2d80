package dev.genedata.hgnc.worker.analysis;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.gene.parse.Chromosomes;

/**
 * Applies a job's {@code filter} to the columns: the positions of the genes that pass every key, with
 * the meanings of the {@code /genes} filters (whole values, case-insensitive; {@code symbol_prefix} a
 * case-insensitive prefix of the approved symbol; {@code approved_from}/{@code approved_to} inclusive
 * years of {@code date_approved_reserved}, which a gene without that date fails).
 */
public final class GeneSelection {

    private GeneSelection() {
    }

    /** The positions in {@code columns} of the genes that pass the normalized filter, ascending. */
    public static int[] select(GeneColumns columns, JsonNode filter) {
        boolean[] codeLocusGroup = codes(columns.locusGroups(), filter.path("locus_group").asText(null));
        boolean[] codeLocusType = codes(columns.locusTypes(), filter.path("locus_type").asText(null));
        boolean[] codeStatus = codes(columns.statuses(), filter.path("status").asText(null));
        boolean[] codeGroup = codes(columns.geneGroupNames(), filter.path("gene_group").asText(null));
        String chromosome = filter.path("chromosome").asText(null);
        int chromosomeBit = chromosome == null ? 0 : 1 << Chromosomes.ALL.indexOf(chromosome);
        String prefix = filter.path("symbol_prefix").asText(null);
        int from = filter.path("approved_from").asInt(Integer.MIN_VALUE);
        int to = filter.path("approved_to").asInt(Integer.MAX_VALUE);
        boolean years = filter.has("approved_from") || filter.has("approved_to");

        int[] selected = new int[columns.size()];
        int n = 0;
        for (int g = 0; g < columns.size(); g++) {
            if (matches(codeLocusGroup, columns.locusGroup()[g]) && matches(codeLocusType, columns.locusType()[g])
                    && matches(codeStatus, columns.status()[g])
                    && (chromosomeBit == 0 || (columns.chromosomes()[g] & chromosomeBit) != 0)
                    && (codeGroup == null || inAnyGroup(codeGroup, columns.geneGroups()[g]))
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
