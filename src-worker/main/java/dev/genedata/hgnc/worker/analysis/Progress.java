package dev.genedata.hgnc.worker.analysis;

/**
 * Where an analysis reports how far it is (0–100). The worker records it and checks for cancellation
 * there: an implementation may throw to stop the analysis, and analyses let that propagate.
 */
@FunctionalInterface
public interface Progress {

    /** Reports that the analysis is {@code percent} done. */
    void report(int percent);
}
