package dev.genedata.hgnc.ui;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.gene.model.Chromosomes;
import dev.genedata.hgnc.gene.model.GeneFilter;
import dev.genedata.hgnc.gene.model.GeneSetSummary;
import dev.genedata.hgnc.job.model.Job;
import dev.genedata.hgnc.job.rest.KnownJob;
import dev.genedata.hgnc.job.service.JobEvents;
import dev.genedata.hgnc.job.service.JobService;
import dev.genedata.hgnc.job.service.ResultService;
import dev.genedata.hgnc.search.service.GeneSearch;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

/**
 * {@code /ui/jobs}: a form per analysis and the recent jobs; {@code /ui/jobs/{id}}: one job, live while it runs
 * (htmx's SSE extension on {@code /ui/jobs/{id}/events}, fed by {@link JobEvents} like {@code GET /jobs/{id}/events}),
 * then its chart, table and downloads.
 */
@Path("/ui/jobs")
public class JobPages {

    private static final int RECENT = 20;

    private final JobService jobs;
    private final JobEvents events;
    private final ResultService results;
    private final LoadedSet loaded;
    private final GeneSearch search;
    private final ObjectMapper mapper;
    private final Duration timeout;

    JobPages(JobService jobs, JobEvents events, ResultService results, LoadedSet loaded, GeneSearch search,
            ObjectMapper mapper, HgncConfig config) {
        this.jobs = jobs;
        this.events = events;
        this.results = results;
        this.loaded = loaded;
        this.search = search;
        this.mapper = mapper;
        this.timeout = config.redis().timeout();
    }

    /** The forms and the recent jobs. */
    @GET
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The jobs page (HTML)")
    public Response page() {
        try {
            return forms(JobForms.blank(choices()), null);
        } catch (RuntimeException e) {
            return forms(JobForms.blank(JobForms.Choices.NONE), Pages.problem(e));
        }
    }

    /** Submits a form's job: to its page when accepted, back to the forms with the API's message when refused. */
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Submit a job from the form (HTML)")
    public Response submit(MultivaluedMap<String, String> form) {
        String analysis = form.getFirst("analysis") == null ? "" : form.getFirst("analysis");
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, given) -> values.put(name, given.isEmpty() ? "" : given.get(0)));
        try {
            Job job = Pages.await(jobs.submit(mapper.writeValueAsString(JobForms.request(analysis, values))), timeout);
            return Response.seeOther(URI.create("/ui/jobs/" + job.id())).build();
        } catch (Exception e) {
            ApiError problem = Pages.problem(e);
            if (e instanceof InvalidInputException) {
                return Pages.page(Templates.jobs(JobForms.refused(analysis, values, problem.error(), choicesIfAny()),
                        recent(), null), problem);
            }
            return forms(JobForms.blank(choicesIfAny()), problem);
        }
    }

    /** One job's page. */
    @GET
    @Path("/{id}")
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A job's page (HTML)")
    public Response job(@PathParam("id") String id) {
        try {
            return Pages.page(Templates.job(Pages.await(jobs.get(id), timeout), id, null), null);
        } catch (RuntimeException e) {
            ApiError problem = Pages.problem(e);
            return Pages.page(Templates.job(null, id, problem), problem);
        }
    }

    /**
     * The live part of the job page as server-sent events: a {@code state} event with the HTML of each state, as
     * {@code GET /jobs/{id}/events} tells them, then an {@code end} event, on which the page stops listening.
     */
    @GET
    @Path("/{id}/events")
    @KnownJob
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The job page's live part (text/event-stream of HTML)")
    public Multi<OutboundSseEvent> live(@PathParam("id") String id, @Context Sse sse) {
        return events.follow(id)
                .map(job -> sse.newEventBuilder().name("state").data(Templates.jobState(job).render()).build())
                .onCompletion().continueWith(sse.newEventBuilder().name("end").data("").build());
    }

    /** A finished job's chart, table and downloads, as a fragment of its page. */
    @GET
    @Path("/{id}/result")
    @Blocking
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A finished job's result, as part of its page (HTML)")
    public Response result(@PathParam("id") String id) {
        Job job = null;
        try {
            job = Pages.await(jobs.get(id), timeout);
            return Pages.page(Templates.jobResult(job, table(job), null), null);
        } catch (Exception e) {
            ApiError problem = Pages.problem(e);
            return Pages.page(Templates.jobResult(job, null, problem), problem);
        }
    }

    /** A finished job's table as CSV. */
    @GET
    @Path("/{id}/result.csv")
    @Blocking
    @Produces("text/csv")
    @Operation(summary = "A finished job's table as CSV")
    public Response csv(@PathParam("id") String id) throws Exception {
        Job job = Pages.await(jobs.get(id), timeout);
        return Response.ok(table(job).csv(), "text/csv;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + job.analysis() + "-" + id + ".csv\"")
                .build();
    }

    private ResultTable table(Job job) throws Exception {
        String json = Pages.await(results.json(job.id()), timeout).value();
        if (json == null) {
            throw new InvalidInputException("job " + job.id() + " is not finished yet (" + job.status() + ")");
        }
        return ResultTable.of(job.analysis(), mapper.readTree(json));
    }

    private Response forms(JobForms forms, ApiError problem) {
        return Pages.page(Templates.jobs(forms, recent(), problem), problem);
    }

    private List<Job> recent() {
        try {
            return Pages.await(jobs.list(null, 0, RECENT), timeout);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The values the forms offer, from the loaded set; none when no set is loaded (the fields then take text).
     *
     * @throws RuntimeException when Redis or the read view cannot answer
     */
    private JobForms.Choices choices() {
        GeneSetSummary summary = loaded.summary();
        if (summary == null) {
            return JobForms.Choices.NONE;
        }
        List<String> groups = search.search(null, GeneFilter.ANY, 0, 0, List.of(), List.of("gene_group"))
                .facets().getOrDefault("gene_group", Map.of()).keySet().stream().sorted().toList();
        return new JobForms.Choices(keys(summary, "locus_group"), keys(summary, "locus_type"),
                keys(summary, "status"), Chromosomes.ALL, groups);
    }

    /** The choices, or none when they cannot be read: beside a failure already shown, the forms still serve. */
    private JobForms.Choices choicesIfAny() {
        try {
            return choices();
        } catch (RuntimeException e) {
            return JobForms.Choices.NONE;
        }
    }

    private static List<String> keys(GeneSetSummary summary, String field) {
        return summary.counts().getOrDefault(field, Map.of()).keySet().stream().sorted().toList();
    }
}
