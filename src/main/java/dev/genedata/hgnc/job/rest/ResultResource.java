package dev.genedata.hgnc.job.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import dev.genedata.hgnc.job.service.ResultService;
import dev.genedata.hgnc.job.service.ResultService.Outcome;
import io.smallrye.mutiny.Uni;

/** {@code /results}: a finished job's outcome as JSON and its chart as PNG. */
@Path("/results/{id}")
@Tag(name = "Results", description = "Outcomes of finished jobs")
public class ResultResource {

    private final ResultService results;

    ResultResource(ResultService results) {
        this.results = results;
    }

    /** The outcome JSON; 202 while the job is queued or running. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A finished job's outcome: params, matched genes, the computed table, the chart link")
    @APIResponse(responseCode = "200", description = "The outcome", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "counts", value = "{\"id\":\"0b0f6a3c-4a3e-4b8e-9a52-2f3e8f0d1c7a\","
                    + "\"analysis\":\"counts\",\"params\":{\"group_by\":\"locus_group\",\"top\":20,\"filter\":{},"
                    + "\"width\":1200,\"height\":700},\"matched\":43882,\"counts\":{\"protein-coding gene\":19290,"
                    + "\"pseudogene\":14471,\"non-coding RNA\":9120,\"other\":1001},\"other_categories\":0,"
                    + "\"title\":\"Genes per locus group (43,882 matched genes)\","
                    + "\"chart\":\"/results/0b0f6a3c-4a3e-4b8e-9a52-2f3e8f0d1c7a/chart\",\"dataVersion\":2,"
                    + "\"computedMs\":74}")))
    @APIResponse(responseCode = "202", description = "Not finished yet", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "queued", value = "{\"status\":\"queued\",\"message\":\"job "
                    + "0b0f6a3c-4a3e-4b8e-9a52-2f3e8f0d1c7a is not finished yet (queued, 0% done); poll "
                    + "/jobs/0b0f6a3c-4a3e-4b8e-9a52-2f3e8f0d1c7a\"}")))
    @APIResponse(responseCode = "400", description = "Not a UUID",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such job, or its result expired",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The job failed or was cancelled",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Redis is unavailable",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> result(@Parameter(description = "The job's UUID") @PathParam("id") String id) {
        return results.json(id).map(outcome -> outcome.pending() != null
                ? pending(outcome)
                : Response.ok(outcome.value(), MediaType.APPLICATION_JSON_TYPE).build());
    }

    /** The chart PNG; 202 while the job is queued or running. */
    @GET
    @Path("/chart")
    @Produces({ "image/png", MediaType.APPLICATION_JSON })
    @Operation(summary = "A finished job's chart as PNG")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = "image/png",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "Not finished yet",
            content = @Content(mediaType = "application/json"))
    @APIResponse(responseCode = "400", description = "Not a UUID",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such job, or its result expired",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The job failed or was cancelled",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> chart(@Parameter(description = "The job's UUID") @PathParam("id") String id) {
        return results.chart(id).map(outcome -> outcome.pending() != null
                ? pending(outcome)
                : Response.ok(outcome.value().getBytes(), "image/png")
                        .header("Content-Disposition", "inline; filename=\"" + outcome.id() + ".png\"")
                        .build());
    }

    private static Response pending(Outcome<?> outcome) {
        return Response.status(202).type(MediaType.APPLICATION_JSON_TYPE).entity(outcome.pending()).build();
    }
}
