package dev.genedata.hgnc.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.gene.service.GeneQueryService;
import io.smallrye.common.annotation.Blocking;

/** {@code /ui/genes/{hgnc_id}}: every field of one gene, grouped, with its cross-references as links. */
@Path("/ui/genes/{hgnc_id}")
@Produces(MediaType.TEXT_HTML)
public class GenePage {

    private final GeneQueryService genes;
    private final ObjectMapper mapper;
    private final HgncConfig config;

    GenePage(GeneQueryService genes, ObjectMapper mapper, HgncConfig config) {
        this.genes = genes;
        this.mapper = mapper;
        this.config = config;
    }

    /** The gene page; an unknown or malformed id is a page that says so (404, 400). */
    @GET
    @Blocking
    @Operation(summary = "A gene's page (HTML)")
    public Response page(@PathParam("hgnc_id") String hgncId) {
        try {
            byte[] record = Pages.await(genes.record(hgncId), config.redis().timeout()).getBytes();
            return Pages.page(Templates.gene(GeneRecord.of(mapper.readTree(record)), hgncId, null), null);
        } catch (Exception e) {
            ApiError problem = Pages.problem(e);
            return Pages.page(Templates.gene(null, hgncId, problem), problem);
        }
    }
}
