package dev.genedata.hgnc.job.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;

import dev.genedata.hgnc.gene.model.GeneFilter;

/**
 * What a job computes: one record per analysis, chosen by the body's {@code analysis}, validated with Bean
 * Validation by the API and read as the same type by the worker. Defaults are filled in when a request is
 * built, so a stored job's parameters are complete. As stored and shown ({@code params} of a job or result),
 * a request is its record's components in order, without {@code analysis} (the job carries that).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "analysis",
        requireTypeIdForSubtypes = OptBoolean.FALSE)
@JsonSubTypes({
    @JsonSubTypes.Type(CountsRequest.class),
    @JsonSubTypes.Type(ApprovalsByYearRequest.class),
    @JsonSubTypes.Type(CompletenessRequest.class) })
public sealed interface AnalysisRequest permits CountsRequest, ApprovalsByYearRequest, CompletenessRequest {

    /** The default chart width in pixels. */
    int DEFAULT_WIDTH = 1200;
    /** The default chart height in pixels. */
    int DEFAULT_HEIGHT = 700;
    /** A valid body, for messages about bodies that are not even an object. */
    String EXAMPLE = "{\"analysis\": \"counts\", \"group_by\": \"chromosome\"}";

    /** The analysis this request asks for. */
    AnalysisKind kind();

    /** Which genes the analysis counts. */
    GeneFilter filter();

    /** The chart's width in pixels. */
    Integer width();

    /** The chart's height in pixels. */
    Integer height();
}
