package dev.genedata.hgnc.job.model;

import java.util.Arrays;
import java.util.Optional;

/** The analyses a job can run. */
public enum AnalysisKind {
    /** Genes per value of a field; a bar chart. */
    COUNTS("counts"),
    /** Genes approved per year, optionally one series per locus group or type; a line chart. */
    APPROVALS_BY_YEAR("approvals_by_year"),
    /** The share of genes with each field filled; a horizontal bar chart. */
    COMPLETENESS("completeness");

    private final String id;

    AnalysisKind(String id) {
        this.id = id;
    }

    /** The kind's name in requests and results. */
    public String id() {
        return id;
    }

    /** The kind with this name. */
    public static Optional<AnalysisKind> of(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    /** Every kind's name, comma-separated, for messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(AnalysisKind::id).toList());
    }
}
