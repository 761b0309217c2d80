package dev.genedata.hgnc.gene.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.common.error.UnknownResourceException;
import dev.genedata.hgnc.gene.service.GeneQueryService;
import io.smallrye.mutiny.Uni;

/** {@code /info}: what the loaded set holds. */
@Path("/info")
@Tag(name = "Data")
public class InfoResource {

    private final GeneQueryService genes;

    InfoResource(GeneQueryService genes) {
        this.genes = genes;
    }

    /** The summary computed when the set was loaded. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the loaded set holds",
            description = "Record count, source, load time, newest date_modified, field names, and counts per "
                    + "locus_group, locus_type, status and chromosome.")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "sample", value = "{\"records\":503,\"source\":\"upload\","
                    + "\"loadedAt\":\"2026-11-22T12:00:00Z\",\"version\":1,\"newestModified\":\"2024-10-18\","
                    + "\"newestApproved\":\"2024-09-25\",\"fields\":[\"hgnc_id\",\"symbol\",\"name\"],"
                    + "\"counts\":{\"locus_group\":{\"protein-coding gene\":220,\"pseudogene\":142,"
                    + "\"non-coding RNA\":109,\"other\":32}}}")))
    @APIResponse(responseCode = "404", description = "No set is loaded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Redis is unavailable",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Uni<String> info() {
        return genes.info().map(info -> {
            if (info == null) {
                throw new UnknownResourceException("no data set is loaded; POST /data first");
            }
            return info;
        });
    }
}
