package dev.genedata.hgnc.job.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.Range;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.genedata.hgnc.common.validation.TypedRequests;
import dev.genedata.hgnc.gene.model.GeneFilter;

/**
 * {@code counts}: genes per value of {@code group_by}; a bar chart of the {@code top} largest categories
 * ({@code chromosome} is never cut).
 *
 * @param groupBy the field to count by (required)
 * @param top how many categories to keep, 1–100 (20)
 * @param filter which genes count (all)
 * @param width chart width, 400–4000 (1200)
 * @param height chart height, 300–3000 (700)
 */
@JsonTypeName("counts")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CountsRequest(
        @NotNull(message = "is required") GroupBy groupBy,
        @Range(min = 1, max = 100, message = TypedRequests.INTEGER_RANGE) Integer top,
        @Valid GeneFilter filter,
        @Range(min = 400, max = 4000, message = TypedRequests.INTEGER_RANGE) Integer width,
        @Range(min = 300, max = 3000, message = TypedRequests.INTEGER_RANGE) Integer height) implements AnalysisRequest {

    /** The default {@code top}. */
    public static final int DEFAULT_TOP = 20;

    /** Fills in the defaults. */
    public CountsRequest {
        top = top == null ? DEFAULT_TOP : top;
        filter = filter == null ? GeneFilter.ANY : filter;
        width = width == null ? DEFAULT_WIDTH : width;
        height = height == null ? DEFAULT_HEIGHT : height;
    }

    @Override
    public AnalysisKind kind() {
        return AnalysisKind.COUNTS;
    }

    /** The fields genes can be counted by. */
    public enum GroupBy {
        LOCUS_GROUP, LOCUS_TYPE, STATUS, CHROMOSOME, GENE_GROUP;

        /** The name in requests and chart titles, such as {@code locus_group}. */
        @JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
