package dev.genedata.hgnc.search.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.common.rest.Paging;
import dev.genedata.hgnc.gene.model.GeneFilter;
import dev.genedata.hgnc.search.service.GeneSearch;
import dev.genedata.hgnc.search.service.SearchAnswer;
import io.smallrye.common.annotation.Blocking;

/** {@code GET /search}: full-text and field search over the replica's read view, with facet counts. */
@Path("/search")
@Tag(name = "Search", description = "Search genes by symbol, name, id or any field, with facet counts")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    /** The header that names the data version an answer comes from. */
    public static final String DATA_VERSION = "X-Data-Version";

    private final GeneSearch search;

    SearchResource(GeneSearch search) {
        this.search = search;
    }

    /** One page of hits, best first, and the facet counts of all matching genes. */
    @GET
    @Blocking
    @Operation(summary = "Search genes, with facet counts",
            description = "A bare term (`BRCA1`, `insulin`) searches approved, previous and alias symbols, names and ids; "
                    + "an exact approved symbol ranks first. HGNC's syntax works too: `symbol:ZNF*`, `?` wildcards, "
                    + "quoted phrases, AND/OR/NOT. The `/genes` filters narrow the hits.")
    @APIResponse(responseCode = "200", description = "Hits and facet counts; X-Data-Version names the data version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SearchAnswer.class),
            examples = @ExampleObject(name = "BRCA1", value = "{\"total\":1,\"offset\":0,\"limit\":20,\"hits\":[{"
                    + "\"hgnc_id\":\"HGNC:1100\",\"symbol\":\"BRCA1\",\"name\":\"BRCA1 DNA repair associated\","
                    + "\"score\":42.1}],\"facets\":{\"locus_type\":{\"gene with protein product\":1}}}")))
    @APIResponse(responseCode = "400", description = "Malformed query (it says where), unknown field or facet, bad page",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "This replica is still building its first view",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Response search(
            @Parameter(description = "The query; every gene when absent", example = "symbol:ZNF*") @QueryParam("q") String q,
            @Parameter(description = "Hits to skip (at most 100000)", example = "0") @QueryParam("offset") String offset,
            @Parameter(description = "Hits to return, 0–1000 (20)", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "Record fields each hit carries too, comma-separated", example = "location,entrez_id")
            @QueryParam("fields") String fields,
            @Parameter(description = "Fields to count values of, comma-separated: locus_group, locus_type, status, "
                    + "chromosome, gene_group", example = "locus_type") @QueryParam("facets") String facets,
            @Parameter(description = "locus_group, whole value, any case") @QueryParam("locus_group") String locusGroup,
            @Parameter(description = "locus_type, whole value, any case") @QueryParam("locus_type") String locusType,
            @Parameter(description = "status, e.g. `Approved`") @QueryParam("status") String status,
            @Parameter(description = "1–22, X, Y or MT") @QueryParam("chromosome") String chromosome,
            @Parameter(description = "A gene group's exact name") @QueryParam("gene_group") String geneGroup) {
        Paging paging = Paging.of(offset, limit);
        GeneFilter filter = GeneFilter.indexed(locusGroup, locusType, status, chromosome, geneGroup);
        SearchAnswer answer = search.search(q, filter, paging.offset(),
                paging.limit() == null ? GeneSearch.DEFAULT_LIMIT : paging.limit(), list(fields), list(facets));
        return Response.ok(answer).header(DATA_VERSION, answer.version()).build();
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
