package dev.genedata.hgnc.job.model;

import jakarta.validation.Valid;

import org.hibernate.validator.constraints.Range;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.genedata.hgnc.common.validation.TypedRequests;
import dev.genedata.hgnc.gene.model.GeneFilter;

/**
 * {@code completeness}: the share of matched genes with each field filled; a horizontal bar chart.
 *
 * @param filter which genes count (all)
 * @param width chart width, 400–4000 (1200)
 * @param height chart height, 300–3000 (700)
 */
@JsonTypeName("completeness")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CompletenessRequest(
        @Valid GeneFilter filter,
        @Range(min = 400, max = 4000, message = TypedRequests.INTEGER_RANGE) Integer width,
        @Range(min = 300, max = 3000, message = TypedRequests.INTEGER_RANGE) Integer height) implements AnalysisRequest {

    /** Fills in the defaults. */
    public CompletenessRequest {
        filter = filter == null ? GeneFilter.ANY : filter;
        width = width == null ? DEFAULT_WIDTH : width;
        height = height == null ? DEFAULT_HEIGHT : height;
    }

    @Override
    public AnalysisKind kind() {
        return AnalysisKind.COMPLETENESS;
    }
}
