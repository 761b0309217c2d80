package dev.genedata.hgnc.gene.rest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.common.rest.Paging;
import dev.genedata.hgnc.gene.service.DataExportService;
import dev.genedata.hgnc.gene.service.DataLoadService;
import dev.genedata.hgnc.gene.service.DataLoadService.LoadResult;
import io.smallrye.common.annotation.Blocking;

/** {@code /data}: load, stream and delete the whole HGNC set. */
@Path("/data")
@Tag(name = "Data", description = "Load, read and delete the HGNC complete set")
@Blocking
public class DataResource {

    private final DataLoadService loader;
    private final DataExportService exporter;

    DataResource(DataLoadService loader, DataExportService exporter) {
        this.loader = loader;
        this.exporter = exporter;
    }

    /** Loads the set from the body, or from the configured source when there is no body. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load the HGNC complete set, replacing the current one",
            description = "Without a body, downloads the configured source (hgnc.source.url). With a body, loads the "
                    + "uploaded file: the official JSON ({\"response\":{\"docs\":[...]}}), a JSON array of records, or "
                    + "the official TSV (Content-Type: text/tab-separated-values), each optionally gzip-compressed. "
                    + "The swap is atomic; on any error the current set stays as it was.")
    @RequestBody(required = false, description = "An HGNC complete set file, or nothing",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "official JSON shape",
                    value = "{\"response\":{\"numFound\":1,\"docs\":[{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"A1BG\","
                            + "\"name\":\"alpha-1-B glycoprotein\",\"locus_group\":\"protein-coding gene\","
                            + "\"location\":\"19q13.43\"}]}}")))
    @APIResponse(responseCode = "201", description = "Loaded", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = LoadResult.class),
            examples = @ExampleObject(name = "sample", value = "{\"loaded\":503,\"source\":\"upload\",\"tookMs\":155}")))
    @APIResponse(responseCode = "400", description = "Malformed or truncated file; the current set is untouched",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "truncated", value = "{\"error\":\"truncated JSON at line 1 "
                            + "column 234497 after record 250\",\"status\":400}")))
    @APIResponse(responseCode = "409", description = "Another load is in progress (the lock of a loader that died "
            + "frees itself within hgnc.data.load-lease)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "502", description = "The configured source is unreachable or sent something else",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Redis is unavailable, or the load stalled past its lease and lost its lock",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "507", description = "Redis has no memory left for the new set (maxmemory); the "
            + "current set is untouched", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "maxmemory",
                    value = "{\"error\":\"Redis is out of memory (maxmemory 60 MB, 55 MB used): a reload needs room "
                            + "for the current set and the new one, about 79 MB; raise maxmemory or delete the data "
                            + "first (DELETE /data)\",\"status\":507}")))
    public Response load(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) throws IOException {
        BufferedInputStream in = new BufferedInputStream(body, 64 * 1024);
        in.mark(1);
        boolean empty = in.read() < 0;
        in.reset();
        LoadResult result = empty ? loader.loadFromSource() : loader.loadUpload(in, contentType);
        return Response.created(URI.create("/info")).entity(result).build();
    }

    /** Streams every record, in numeric id order, as one JSON array. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every record as one JSON array, streamed",
            description = "Records in numeric hgnc_id order. An empty array when no set is loaded.")
    @APIResponse(responseCode = "200", description = "The records", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "first record", value = "[{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"A1BG\","
                    + "\"name\":\"alpha-1-B glycoprotein\",\"locus_group\":\"protein-coding gene\"}]")))
    @APIResponse(responseCode = "400", description = "Bad offset or limit",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Redis is unavailable",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Response stream(
            @Parameter(description = "Records to skip", example = "0") @QueryParam("offset") String offset,
            @Parameter(description = "Records to return at most (all when absent)", example = "10")
            @QueryParam("limit") String limit) throws IOException {
        Paging paging = Paging.of(offset, limit);
        return Response.ok(exporter.export(paging.offset(), paging.limit()), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Deletes the current set. */
    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete the loaded set")
    @APIResponse(responseCode = "200", description = "How many records were deleted",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "deleted",
                    value = "{\"deleted\":503}")))
    @APIResponse(responseCode = "503", description = "Redis is unavailable",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Map<String, Long> delete() {
        return Map.of("deleted", loader.delete());
    }
}
