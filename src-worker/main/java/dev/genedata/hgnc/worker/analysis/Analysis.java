package dev.genedata.hgnc.worker.analysis;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.job.model.AnalysisKind;

/** One kind of analysis over the gene columns. */
public interface Analysis {

    /** The kind this analysis answers. */
    AnalysisKind kind();

    /**
     * Computes the analysis.
     *
     * @param columns the gene set
     * @param params the normalized parameters (see {@code JobRequestValidator})
     * @param progress where to report progress; it may throw to cancel
     */
    AnalysisOutcome run(GeneColumns columns, ObjectNode params, Progress progress);
}
