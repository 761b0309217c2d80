package dev.genedata.hgnc.worker.analysis;

import java.util.function.IntConsumer;

/**
 * The progress steps every analysis shares, and its counting loop over the matched genes: after
 * filtering it stands at {@value #FILTERED} %, and the loop reports after each chunk of genes, up to
 * {@value #COUNTED} %, so that a cancelled job stops within a few thousand genes.
 */
final class CountingPass {

    /** Progress once the filter has selected the genes. */
    static final int FILTERED = 30;
    /** Progress once every matched gene is counted. */
    static final int COUNTED = 90;
    /** Genes per chunk: about six progress reports for the whole HGNC set. */
    static final int CHUNK = 8192;

    private CountingPass() {
    }

    /** Calls {@code count} for each gene, in order, reporting progress after each chunk. */
    static void over(int[] genes, Progress progress, IntConsumer count) {
        over(genes, CHUNK, progress, count);
    }

    /** As {@link #over(int[], Progress, IntConsumer)} with a chosen chunk size. */
    static void over(int[] genes, int chunk, Progress progress, IntConsumer count) {
        for (int from = 0; from < genes.length; from += chunk) {
            int to = Math.min(genes.length, from + chunk);
            for (int i = from; i < to; i++) {
                count.accept(genes[i]);
            }
            progress.report(FILTERED + (int) ((long) (COUNTED - FILTERED) * to / genes.length));
        }
    }
}
