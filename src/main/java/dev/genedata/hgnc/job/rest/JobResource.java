package dev.genedata.hgnc.job.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.jboss.resteasy.reactive.RestStreamElementType;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.common.rest.Paging;
import dev.genedata.hgnc.job.model.Job;
import dev.genedata.hgnc.job.service.JobEvents;
import dev.genedata.hgnc.job.service.JobService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** {@code /jobs}: submit analysis jobs, follow them, cancel or delete them. */
@Path("/jobs")
@Tag(name = "Jobs", description = "Asynchronous analyses of the loaded set")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private static final String JOB = "{\"id\":\"0b0f6a3c-4a3e-4b8e-9a52-2f3e8f0d1c7a\",\"status\":\"queued\","
            + "\"analysis\":\"counts\",\"params\":{\"group_by\":\"chromosome\",\"top\":20,\"filter\":{},"
            + "\"width\":1200,\"height\":700},\"submitted\":\"2026-11-22T12:00:00Z\",\"started\":null,\"finished\":null,"
            + "\"progress\":0,\"attempts\":0,\"error\":null,\"links\":{\"self\":\"/jobs/0b0f6a3c-4a3e-4b8e-9a52-2f3e8f0d1c7a\","
            + "\"result\":\"/results/0b0f6a3c-4a3e-4b8e-9a52-2f3e8f0d1c7a\","
            + "\"chart\":\"/results/0b0f6a3c-4a3e-4b8e-9a52-2f3e8f0d1c7a/chart\"}}";

    private final JobService jobs;
    private final JobEvents events;

    JobResource(JobService jobs, JobEvents events) {
        this.jobs = jobs;
        this.events = events;
    }

    /** Validates and queues a job; answers at once. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit an analysis job",
            description = "Kinds: counts (group_by, top), approvals_by_year (start_year, end_year, split_by), completeness. "
                    + "Every kind takes an optional filter object and the chart's width and height.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json", examples = {
        @ExampleObject(name = "counts", value = "{\"analysis\":\"counts\",\"group_by\":\"chromosome\"}"),
        @ExampleObject(name = "approvals_by_year", value = "{\"analysis\":\"approvals_by_year\",\"start_year\":2000,"
                + "\"end_year\":2020,\"split_by\":\"locus_group\"}"),
        @ExampleObject(name = "completeness", value = "{\"analysis\":\"completeness\",\"filter\":{\"locus_group\":"
                + "\"protein-coding gene\",\"chromosome\":\"X\"}}") }))
    @APIResponse(responseCode = "201", description = "Queued; Location names the job",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Job.class),
                    examples = @ExampleObject(name = "queued", value = JOB)))
    @APIResponse(responseCode = "400", description = "Bad request; no job was created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "top", value = "{\"error\":\"top must be an integer from 1 to 100; "
                            + "got 500\",\"status\":400}")))
    @APIResponse(responseCode = "409", description = "No data set is loaded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Redis is unavailable",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "507", description = "Redis is out of memory (maxmemory) and refuses writes",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> submit(String body) {
        return jobs.submit(body).map(job -> Response.created(URI.create(job.links().self())).entity(job).build());
    }

    /** Jobs newest first. */
    @GET
    @Operation(summary = "List jobs, newest first")
    @APIResponse(responseCode = "200", description = "The jobs", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "one job", value = "[" + JOB + "]")))
    @APIResponse(responseCode = "400", description = "Bad status, offset or limit",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Redis is unavailable",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Uni<List<Job>> list(
            @Parameter(description = "queued, running, finished, failed or cancelled") @QueryParam("status") String status,
            @Parameter(description = "Jobs to skip", example = "0") @QueryParam("offset") String offset,
            @Parameter(description = "Jobs to return at most (default 100)", example = "20") @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        return jobs.list(status, paging.offset(), paging.limit());
    }

    /** One job. */
    @GET
    @Path("/{id}")
    @Operation(summary = "One job: status, progress, attempts, error and links")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = Job.class), examples = @ExampleObject(name = "queued", value = JOB)))
    @APIResponse(responseCode = "400", description = "Not a UUID",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Redis is unavailable",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Uni<Job> get(@Parameter(description = "The job's UUID") @PathParam("id") String id) {
        return jobs.get(id);
    }

    /**
     * The job's states as server-sent events: its current state at once, then one event per change of status or
     * progress, each the job as {@code GET /jobs/{id}} shows it; the stream ends after the final state.
     */
    @GET
    @Path("/{id}/events")
    @KnownJob
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow a job live (text/event-stream)",
            description = "Starts with the job's current state, sends the job again at each change of status or "
                    + "progress, and ends after finished, failed or cancelled (at once for a job that has ended).")
    @APIResponse(responseCode = "200", description = "The stream; each event's data is the job as JSON",
            content = @Content(mediaType = "text/event-stream", examples = @ExampleObject(name = "first event",
                    value = "data:" + JOB)))
    @APIResponse(responseCode = "400", description = "Not a UUID",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Redis is unavailable",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Multi<Job> events(@Parameter(description = "The job's UUID") @PathParam("id") String id) {
        return events.follow(id);
    }

    /** Cancels a queued or running job; deletes a finished, failed or cancelled one. */
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel a queued or running job, or delete an ended one with its result")
    @APIResponse(responseCode = "200", description = "The cancelled job, or {\"deleted\": id}",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "deleted",
                    value = "{\"deleted\":\"0b0f6a3c-4a3e-4b8e-9a52-2f3e8f0d1c7a\"}")))
    @APIResponse(responseCode = "400", description = "Not a UUID",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "503", description = "Redis is unavailable",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    public Uni<Object> cancel(@Parameter(description = "The job's UUID") @PathParam("id") String id) {
        return jobs.cancelOrDelete(id).map(outcome -> outcome.deleted()
                ? Map.of("deleted", outcome.job().id())
                : outcome.job());
    }
}
