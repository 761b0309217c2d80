package dev.genedata.hgnc.worker.analysis;

import java.util.Locale;

/** The wording analyses share in chart titles and axis labels. */
final class ChartTitles {

    private ChartTitles() {
    }

    /** "43,882 matched genes": how many genes passed the filter, digits grouped. */
    static String matchedGenes(int matched) {
        return String.format(Locale.ROOT, "%,d matched %s", matched, matched == 1 ? "gene" : "genes");
    }

    /** A number with grouped digits. */
    static String number(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A parameter value as words: {@code locus_group} → "locus group". */
    static String words(String field) {
        return field.replace('_', ' ');
    }
}
