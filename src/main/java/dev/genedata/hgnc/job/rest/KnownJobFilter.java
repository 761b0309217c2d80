package dev.genedata.hgnc.job.rest;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.genedata.hgnc.job.service.JobService;
import io.smallrye.mutiny.Uni;

/** Lets a {@link KnownJob} route run only for a job that exists; otherwise the job's 400 or 404 JSON answers. */
public class KnownJobFilter {

    private final JobService jobs;

    KnownJobFilter(JobService jobs) {
        this.jobs = jobs;
    }

    /** Reads the job named by the path's {@code id}; its failure is the answer. */
    @ServerRequestFilter
    @KnownJob
    public Uni<Void> requireJob(UriInfo uri) {
        return jobs.get(uri.getPathParameters().getFirst("id")).replaceWithVoid();
    }
}
