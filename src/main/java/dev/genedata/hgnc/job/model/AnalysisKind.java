package dev.genedata.hgnc.job.model;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** The analyses a job can run, each with the request record that carries its parameters. */
public enum AnalysisKind {
    /** Genes per value of a field; a bar chart. */
    COUNTS(CountsRequest.class),
    /** Genes approved per year, optionally one series per locus group or type; a line chart. */
    APPROVALS_BY_YEAR(ApprovalsByYearRequest.class),
    /** The share of genes with each field filled; a horizontal bar chart. */
    COMPLETENESS(CompletenessRequest.class);

    private final Class<? extends AnalysisRequest> requestType;
    private final String id;

    AnalysisKind(Class<? extends AnalysisRequest> requestType) {
        this.requestType = requestType;
        this.id = requestType.getAnnotation(JsonTypeName.class).value();
    }

    /** The kind's name in requests and results: its request record's {@code @JsonTypeName}. */
    public String id() {
        return id;
    }

    /** The record its parameters are read as. */
    public Class<? extends AnalysisRequest> requestType() {
        return requestType;
    }

    /** The kind with this name. */
    public static Optional<AnalysisKind> of(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
