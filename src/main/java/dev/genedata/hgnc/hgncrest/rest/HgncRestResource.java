package dev.genedata.hgnc.hgncrest.rest;

import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.genedata.hgnc.hgncrest.service.AnswerFormat;
import dev.genedata.hgnc.hgncrest.service.HgncAnswer;
import dev.genedata.hgnc.hgncrest.service.HgncRestService;
import dev.genedata.hgnc.search.rest.SearchResource;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;

/**
 * {@code /rest}: HGNC's REST service ({@code rest.genenames.org}) on this service's data, so that a script
 * written for it works with its base URL changed to {@code http://<host>/rest}. Answers come from the
 * replica's read view and are written as they go out ({@link HgncAnswerWriter}); info and fetch, which are
 * lookups, run on the event loop, search, whose queries may scan the whole index, on a worker thread.
 */
@Path("/rest")
@Tag(name = "HGNC REST", description = "rest.genenames.org's info, fetch and search, in its JSON or XML")
public class HgncRestResource {

    private final HgncRestService hgnc;

    HgncRestResource(HgncRestService hgnc) {
        this.hgnc = hgnc;
    }

    /** When the data was indexed, how many records, the searchable and the stored fields. */
    @GET
    @Path("/info")
    @NonBlocking
    @Operation(summary = "HGNC REST: when the data was indexed, record count, searchable and stored fields")
    public Response info(@HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return answer(hgnc.info(AnswerFormat.of(accept)));
    }

    /** The records whose field has this whole value, ignoring case, with every stored field. */
    @GET
    @Path("/fetch/{field}/{term}")
    @NonBlocking
    @Operation(summary = "HGNC REST: the records whose field has this whole value (any case), every stored field")
    public Response fetch(
            @Parameter(description = "A searchable field (GET /rest/info lists them)", example = "symbol")
            @PathParam("field") String field,
            @Parameter(description = "The whole value, any case; + or %20 for a space", example = "BRAF")
            @Encoded @PathParam("term") String term,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return answer(hgnc.fetch(field, HgncPaths.decode(term, "term"), AnswerFormat.of(accept)));
    }

    /** Every gene a query in HGNC's syntax matches, best first. */
    @GET
    @Path("/search/{query}")
    @Blocking
    @Operation(summary = "HGNC REST: every gene a term or query matches, best first, with hgnc_id, symbol, score")
    public Response search(
            @Parameter(description = "A term or a query in HGNC's syntax; + for a space", example = "symbol:ZNF*+AND+status:Approved")
            @Encoded @PathParam("query") String query,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return answer(hgnc.search(null, HgncPaths.decode(query, "query"), AnswerFormat.of(accept)));
    }

    /** Every gene a query matches whose bare terms search one field, best first. */
    @GET
    @Path("/search/{field}/{term}")
    @Blocking
    @Operation(summary = "HGNC REST: every gene whose field matches a term or query, best first")
    public Response searchField(
            @Parameter(description = "The field bare terms search (GET /rest/info lists them)", example = "symbol")
            @PathParam("field") String field,
            @Parameter(description = "A term or a query in HGNC's syntax; + for a space", example = "ZNF*")
            @Encoded @PathParam("term") String term,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return answer(hgnc.search(field, HgncPaths.decode(term, "term"), AnswerFormat.of(accept)));
    }

    private static Response answer(HgncAnswer answer) {
        return Response.ok(answer, answer.format().mediaType())
                .header(SearchResource.DATA_VERSION, answer.version())
                .build();
    }
}
