package dev.genedata.hgnc.gene.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.common.rest.Paging;
import dev.genedata.hgnc.gene.model.GeneFilter;
import dev.genedata.hgnc.gene.service.GeneQueryService;
import dev.genedata.hgnc.gene.service.GeneQueryService.SymbolMatches;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;

/** {@code /genes}: ids by filter, one record by id or by symbol. Non-blocking end to end. */
@Path("/genes")
@Tag(name = "Genes", description = "Find genes and read their records")
@Produces(MediaType.APPLICATION_JSON)
public class GeneResource {

    private static final String A1BG = "{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"A1BG\",\"name\":\"alpha-1-B glycoprotein\","
            + "\"locus_group\":\"protein-coding gene\",\"locus_type\":\"gene with protein product\",\"status\":\"Approved\","
            + "\"location\":\"19q13.43\",\"gene_group\":[\"Immunoglobulin like domain containing\"],\"gene_group_id\":[594],"
            + "\"date_approved_reserved\":\"1989-06-30\",\"date_modified\":\"2023-01-20\",\"entrez_id\":\"1\"}";

    private final GeneQueryService genes;

    GeneResource(GeneQueryService genes) {
        this.genes = genes;
    }

    /** The hgnc_ids that pass every filter given, in numeric order. */
    @GET
    @Operation(summary = "List hgnc_ids, filtered",
            description = "Filters combine with AND and compare case-insensitively. X-Total-Count gives the number "
                    + "of matches before offset/limit.")
    @APIResponse(responseCode = "200", description = "Matching ids in numeric order",
            headers = @Header(name = "X-Total-Count", description = "Matches before paging", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "chromosome=MT&limit=3",
                    value = "[\"HGNC:7409\",\"HGNC:7414\",\"HGNC:7415\"]")))
    @APIResponse(responseCode = "400", description = "Bad chromosome, offset or limit",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "chromosome", value = "{\"error\":\"chromosome must be one of 1, 2, "
                            + "3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, X, Y, MT; got "
                            + "'23'\",\"status\":400}")))
    @APIResponse(responseCode = "503", description = "This replica's read view of the latest data version is not built "
            + "yet (for a few seconds after a load or a start), or Redis is unavailable and it has none",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> list(
            @Parameter(description = "locus_group, e.g. `protein-coding gene`") @QueryParam("locus_group") String locusGroup,
            @Parameter(description = "locus_type, e.g. `gene with protein product`") @QueryParam("locus_type") String locusType,
            @Parameter(description = "status, e.g. `Approved`") @QueryParam("status") String status,
            @Parameter(description = "Chromosome from location: 1–22, X, Y or MT", example = "MT")
            @QueryParam("chromosome") String chromosome,
            @Parameter(description = "A gene group's exact name", example = "Immunoglobulin like domain containing")
            @QueryParam("gene_group") String geneGroup,
            @Parameter(description = "A symbol, alias symbol or previous symbol", example = "p53") @QueryParam("q") String q,
            @Parameter(description = "Ids to skip", example = "0") @QueryParam("offset") String offset,
            @Parameter(description = "Ids to return at most (all when absent)", example = "100") @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        GeneFilter filter = GeneFilter.indexed(locusGroup, locusType, status, chromosome, geneGroup);
        return genes.ids(filter, q, paging.offset(), paging.limit())
                .map(page -> Response.ok(page.ids()).header("X-Total-Count", page.total()).build());
    }

    /** One record by id. */
    @GET
    @Path("/{hgnc_id}")
    @Operation(summary = "One gene's full record", description = "`HGNC:5` and `5` both work.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "HGNC:5", value = A1BG)))
    @APIResponse(responseCode = "400", description = "Malformed id", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "malformed",
                    value = "{\"error\":\"malformed HGNC id 'abc': use HGNC:<number> or <number>, for example HGNC:5\","
                            + "\"status\":400}")))
    @APIResponse(responseCode = "404", description = "No such gene in the loaded set",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "unknown", value = "{\"error\":\"HGNC:99999999 is not in the "
                            + "loaded data set\",\"status\":404}")))
    @APIResponse(responseCode = "503", description = "Redis is unavailable",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Uni<Buffer> record(
            @Parameter(description = "`HGNC:5` or `5`", example = "HGNC:5") @PathParam("hgnc_id") String hgncId) {
        return genes.record(hgncId);
    }

    /** Records by symbol: the approved one, else previous and alias matches. */
    @GET
    @Path("/symbol/{symbol}")
    @Operation(summary = "Find a gene by symbol",
            description = "The gene whose approved symbol matches (case-insensitive). If none, the genes that had it as a "
                    + "previous symbol or have it as an alias; `matchedOn` says which.")
    @APIResponse(responseCode = "200", description = "The matches", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "a1bg", value = "{\"query\":\"a1bg\",\"matches\":[{\"matchedOn\":\"symbol\","
                    + "\"record\":" + A1BG + "}]}")))
    @APIResponse(responseCode = "404", description = "No gene has or had the symbol",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "This replica's read view of the latest data version is not built "
            + "yet (for a few seconds after a load or a start), or Redis is unavailable and it has none",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Uni<SymbolMatches> bySymbol(
            @Parameter(description = "A symbol, any case", example = "A1BG") @PathParam("symbol") String symbol) {
        return genes.bySymbol(symbol);
    }
}
