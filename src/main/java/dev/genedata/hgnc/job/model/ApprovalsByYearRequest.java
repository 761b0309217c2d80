package dev.genedata.hgnc.job.model;

import java.time.Year;
import java.time.ZoneOffset;

import jakarta.validation.Valid;

import org.hibernate.validator.constraints.Range;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.genedata.hgnc.common.validation.NotAfter;
import dev.genedata.hgnc.common.validation.TypedRequests;
import dev.genedata.hgnc.common.validation.YearUpToNow;
import dev.genedata.hgnc.gene.model.GeneFilter;

/**
 * {@code approvals_by_year}: genes approved per year from {@code start_year} to {@code end_year}, optionally
 * one series per value of {@code split_by}; a line chart.
 *
 * @param startYear the first year, 1900 to this year (1986, HGNC's first approvals)
 * @param endYear the last year, from {@code start_year} to this year (this year)
 * @param splitBy one series per locus group or type; null for one series ({@code "split_by": null} as stored)
 * @param filter which genes count (all)
 * @param width chart width, 400–4000 (1200)
 * @param height chart height, 300–3000 (700)
 */
@JsonTypeName("approvals_by_year")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@NotAfter(field = "startYear", other = "endYear")
public record ApprovalsByYearRequest(
        @YearUpToNow Integer startYear,
        @YearUpToNow Integer endYear,
        @JsonInclude(JsonInclude.Include.ALWAYS) SplitBy splitBy,
        @Valid GeneFilter filter,
        @Range(min = 400, max = 4000, message = TypedRequests.INTEGER_RANGE) Integer width,
        @Range(min = 300, max = 3000, message = TypedRequests.INTEGER_RANGE) Integer height) implements AnalysisRequest {

    /** The default {@code start_year}: HGNC's first approvals. */
    public static final int DEFAULT_START_YEAR = 1986;

    /** Fills in the defaults; {@code end_year} defaults to the current year (UTC). */
    public ApprovalsByYearRequest {
        startYear = startYear == null ? DEFAULT_START_YEAR : startYear;
        endYear = endYear == null ? Year.now(ZoneOffset.UTC).getValue() : endYear;
        filter = filter == null ? GeneFilter.ANY : filter;
        width = width == null ? DEFAULT_WIDTH : width;
        height = height == null ? DEFAULT_HEIGHT : height;
    }

    @Override
    public AnalysisKind kind() {
        return AnalysisKind.APPROVALS_BY_YEAR;
    }

    /** The fields a series can be split by. */
    public enum SplitBy {
        LOCUS_GROUP, LOCUS_TYPE;

        /** The name in requests and chart titles, such as {@code locus_group}. */
        @JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
