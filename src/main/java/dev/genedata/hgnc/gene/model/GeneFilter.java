package dev.genedata.hgnc.gene.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.genedata.hgnc.common.validation.ChromosomeName;
import dev.genedata.hgnc.common.validation.NotAfter;
import dev.genedata.hgnc.common.validation.TypedRequests;
import dev.genedata.hgnc.common.validation.YearUpToNow;

/**
 * Which genes a request is about: the {@code /genes} filters and a job's {@code filter}, one type for the API
 * that checks it, the store that answers it and the worker that applies it to the columns. Keys combine with
 * AND; a null key means "any", and blank text counts as null. {@code locus_group}, {@code locus_type},
 * {@code status} and {@code gene_group} (one of the gene's groups, by its exact name) compare whole and
 * ignoring case; {@code chromosome} is one of the gene's chromosomes, derived from {@code location};
 * {@code symbol_prefix} is a case-insensitive prefix of the approved symbol; {@code approved_from} and
 * {@code approved_to} are inclusive bounds on the year of {@code date_approved_reserved}, which a gene
 * without that date fails.
 *
 * @param locusGroup {@code locus_group}
 * @param locusType {@code locus_type}
 * @param status {@code status}
 * @param chromosome 1–22, X, Y or MT (any case; upper-cased)
 * @param geneGroup a {@code gene_group} name
 * @param symbolPrefix the start of the approved symbol
 * @param approvedFrom the first approval year
 * @param approvedTo the last approval year
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@NotAfter(field = "approvedFrom", other = "approvedTo")
public record GeneFilter(
        @Size(max = MAX_TEXT, message = TypedRequests.TEXT_LENGTH) String locusGroup,
        @Size(max = MAX_TEXT, message = TypedRequests.TEXT_LENGTH) String locusType,
        @Size(max = MAX_TEXT, message = TypedRequests.TEXT_LENGTH) String status,
        @ChromosomeName String chromosome,
        @Size(max = MAX_TEXT, message = TypedRequests.TEXT_LENGTH) String geneGroup,
        @Size(max = MAX_TEXT, message = TypedRequests.TEXT_LENGTH) String symbolPrefix,
        @YearUpToNow Integer approvedFrom,
        @YearUpToNow Integer approvedTo) {

    /** The longest text value a filter key may have. */
    public static final int MAX_TEXT = 200;

    /** No filter: every gene. */
    public static final GeneFilter ANY = new GeneFilter(null, null, null, null, null, null, null, null);

    /** Trims text, drops blank values and upper-cases a valid chromosome (an invalid one stays as given, for the 400). */
    public GeneFilter {
        locusGroup = trimmed(locusGroup);
        locusType = trimmed(locusType);
        status = trimmed(status);
        chromosome = trimmed(chromosome);
        if (chromosome != null && Chromosomes.isValid(chromosome.toUpperCase(Locale.ROOT))) {
            chromosome = chromosome.toUpperCase(Locale.ROOT);
        }
        geneGroup = trimmed(geneGroup);
        symbolPrefix = trimmed(symbolPrefix);
    }

    /** The filters of {@code GET /genes}, which the Redis indexes answer. */
    public static GeneFilter indexed(String locusGroup, String locusType, String status, String chromosome,
            String geneGroup) {
        return new GeneFilter(locusGroup, locusType, status, chromosome, geneGroup, null, null, null);
    }

    /** The positions in {@code columns} of the genes that pass every key, ascending. */
    public int[] select(GeneColumns columns) {
        boolean[] locusGroups = codes(columns.locusGroups(), locusGroup);
        boolean[] locusTypes = codes(columns.locusTypes(), locusType);
        boolean[] statuses = codes(columns.statuses(), status);
        boolean[] geneGroups = codes(columns.geneGroupNames(), geneGroup);
        int chromosomeBit = chromosome == null ? -1 : Chromosomes.ALL.indexOf(chromosome);
        boolean years = approvedFrom != null || approvedTo != null;
        int from = approvedFrom == null ? Integer.MIN_VALUE : approvedFrom;
        int to = approvedTo == null ? Integer.MAX_VALUE : approvedTo;

        int[] selected = new int[columns.size()];
        int n = 0;
        for (int g = 0; g < columns.size(); g++) {
            if (matches(locusGroups, columns.locusGroup()[g]) && matches(locusTypes, columns.locusType()[g])
                    && matches(statuses, columns.status()[g])
                    && (chromosome == null
                            || chromosomeBit >= 0 && (columns.chromosomes()[g] & 1 << chromosomeBit) != 0)
                    && (geneGroups == null || IntStream.of(columns.geneGroups()[g]).anyMatch(code -> geneGroups[code]))
                    && (symbolPrefix == null
                            || columns.symbols()[g].regionMatches(true, 0, symbolPrefix, 0, symbolPrefix.length()))
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

    private static boolean inYears(int year, int from, int to) {
        return year != 0 && year >= from && year <= to;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
