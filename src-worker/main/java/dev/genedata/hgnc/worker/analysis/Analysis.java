package dev.genedata.hgnc.worker.analysis;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.job.model.AnalysisKind;
import dev.genedata.hgnc.job.model.AnalysisRequest;

/**
 * One kind of analysis over the gene columns.
 *
 * @param <R> the request record of its kind
 */
public interface Analysis<R extends AnalysisRequest> {

    /** The kind this analysis answers; its request record is {@link AnalysisKind#requestType()}. */
    AnalysisKind kind();

    /**
     * Computes the analysis.
     *
     * @param columns the gene set
     * @param request the validated parameters, defaults filled in
     * @param progress where to report progress; it may throw to cancel
     */
    AnalysisOutcome run(GeneColumns columns, R request, Progress progress);
}
