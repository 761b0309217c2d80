package dev.genedata.hgnc.hgncrest.rest;

import static dev.genedata.hgnc.hgncrest.rest.HgncRestExamples.FETCH_JSON;
import static dev.genedata.hgnc.hgncrest.rest.HgncRestExamples.FETCH_XML;
import static dev.genedata.hgnc.hgncrest.rest.HgncRestExamples.INFO_JSON;
import static dev.genedata.hgnc.hgncrest.rest.HgncRestExamples.INFO_XML;
import static dev.genedata.hgnc.hgncrest.rest.HgncRestExamples.MALFORMED_JSON;
import static dev.genedata.hgnc.hgncrest.rest.HgncRestExamples.MALFORMED_XML;
import static dev.genedata.hgnc.hgncrest.rest.HgncRestExamples.NOT_READY_JSON;
import static dev.genedata.hgnc.hgncrest.rest.HgncRestExamples.NOT_READY_XML;
import static dev.genedata.hgnc.hgncrest.rest.HgncRestExamples.SEARCH_FIELD_JSON;
import static dev.genedata.hgnc.hgncrest.rest.HgncRestExamples.SEARCH_JSON;
import static dev.genedata.hgnc.hgncrest.rest.HgncRestExamples.SEARCH_XML;
import static dev.genedata.hgnc.hgncrest.rest.HgncRestExamples.UNKNOWN_FIELD_JSON;
import static dev.genedata.hgnc.hgncrest.rest.HgncRestExamples.UNKNOWN_FIELD_XML;

import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
@APIResponse(responseCode = "503", description = "This replica is still building its first view of the data", content = {
    @Content(mediaType = "application/json", examples = @ExampleObject(name = "not ready", value = NOT_READY_JSON)),
    @Content(mediaType = "application/xml", examples = @ExampleObject(name = "not ready", value = NOT_READY_XML)) })
@Tag(name = "HGNC REST", description = "rest.genenames.org's info, fetch and search, in its JSON (Accept: "
        + "application/json) or its Solr-style XML (otherwise); errors in the same format")
public class HgncRestResource {

    private static final String JSON = "application/json";
    private static final String XML = "application/xml";
    private static final String ACCEPT = "application/json for JSON; XML for anything else or nothing, as at HGNC";

    private final HgncRestService hgnc;

    HgncRestResource(HgncRestService hgnc) {
        this.hgnc = hgnc;
    }

    /** When the data was indexed, how many records, the searchable and the stored fields. */
    @GET
    @Path("/info")
    @NonBlocking
    @Operation(summary = "HGNC REST: when the data was indexed, record count, searchable and stored fields",
            description = "lastModified is when this replica indexed the current data version.")
    @APIResponse(responseCode = "200", description = "The facts; X-Data-Version names the data version", content = {
        @Content(mediaType = JSON, examples = @ExampleObject(name = "full set", value = INFO_JSON)),
        @Content(mediaType = XML, examples = @ExampleObject(name = "full set", value = INFO_XML)) })
    public Response info(@Parameter(description = ACCEPT) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return answer(hgnc.info(AnswerFormat.of(accept)));
    }

    /** The records whose field has this whole value, ignoring case, with every stored field. */
    @GET
    @Path("/fetch/{field}/{term}")
    @NonBlocking
    @Operation(summary = "HGNC REST: the records whose field has this whole value (any case), every stored field",
            description = "No wildcards: the term is matched whole. An unknown term finds nothing (numFound 0). "
                    + "Records come in HGNC id order as stored; a long answer (/rest/fetch/status/Approved, every "
                    + "gene) is streamed.")
    @APIResponse(responseCode = "200", description = "The records; X-Data-Version names the data version", content = {
        @Content(mediaType = JSON, examples = @ExampleObject(name = "symbol/BRAF", value = FETCH_JSON)),
        @Content(mediaType = XML, examples = @ExampleObject(name = "symbol/BRAF", value = FETCH_XML)) })
    @APIResponse(responseCode = "400", description = "A field that is unknown or stored but not searchable", content = {
        @Content(mediaType = JSON, examples = @ExampleObject(name = "unknown field", value = UNKNOWN_FIELD_JSON)),
        @Content(mediaType = XML, examples = @ExampleObject(name = "unknown field", value = UNKNOWN_FIELD_XML)) })
    public Response fetch(
            @Parameter(description = "A searchable field (GET /rest/info lists them)", example = "symbol")
            @PathParam("field") String field,
            @Parameter(description = "The whole value, any case; + or %20 for a space", example = "BRAF")
            @Encoded @PathParam("term") String term,
            @Parameter(description = ACCEPT) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return answer(hgnc.fetch(field, HgncPaths.decode(term, "term"), AnswerFormat.of(accept)));
    }

    /** Every gene a term or query in HGNC's syntax matches, best first. */
    @GET
    @Path("/search/{query}")
    @Blocking
    @Operation(summary = "HGNC REST: every gene a term or query matches, best first, with hgnc_id, symbol, score",
            description = "A bare term searches symbols, previous and alias symbols, names and ids. HGNC's syntax: "
                    + "field:value, * and ? wildcards, quoted phrases, AND/OR/NOT, parentheses; + for a space, as in "
                    + "HGNC's URLs. Ties in HGNC id order.")
    @APIResponse(responseCode = "200", description = "The hits; X-Data-Version names the data version", content = {
        @Content(mediaType = JSON, examples = @ExampleObject(name = "BRAF", value = SEARCH_JSON)),
        @Content(mediaType = XML, examples = @ExampleObject(name = "symbol:BRCA?", value = SEARCH_XML)) })
    @APIResponse(responseCode = "400", description = "A malformed query (it says where), an unknown field, a query too "
            + "large", content = {
                @Content(mediaType = JSON, examples = @ExampleObject(name = "symbol:(ZNF", value = MALFORMED_JSON)),
                @Content(mediaType = XML, examples = @ExampleObject(name = "symbol:(ZNF", value = MALFORMED_XML)) })
    public Response search(
            @Parameter(description = "A term or a query in HGNC's syntax; + for a space",
                    example = "symbol:ZNF*+AND+status:Approved") @Encoded @PathParam("query") String query,
            @Parameter(description = ACCEPT) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return answer(hgnc.search(null, HgncPaths.decode(query, "query"), AnswerFormat.of(accept)));
    }

    /** Every gene a term or query matches whose bare terms search one field, best first. */
    @GET
    @Path("/search/{field}/{term}")
    @Blocking
    @Operation(summary = "HGNC REST: every gene whose field matches a term or query, best first",
            description = "As /rest/search/{query}, with bare terms searching this field: symbol/ZNF*+NOT+status:Approved "
                    + "is symbol:ZNF* NOT status:Approved.")
    @APIResponse(responseCode = "200", description = "The hits; X-Data-Version names the data version", content = {
        @Content(mediaType = JSON, examples = @ExampleObject(name = "symbol/BRCA?", value = SEARCH_FIELD_JSON)),
        @Content(mediaType = XML, examples = @ExampleObject(name = "symbol/BRCA?", value = SEARCH_XML)) })
    @APIResponse(responseCode = "400", description = "An unknown field, a malformed query (it says where), a query too "
            + "large", content = {
                @Content(mediaType = JSON, examples = @ExampleObject(name = "unknown field", value = UNKNOWN_FIELD_JSON)),
                @Content(mediaType = XML, examples = @ExampleObject(name = "unknown field", value = UNKNOWN_FIELD_XML)) })
    public Response searchField(
            @Parameter(description = "The field bare terms search (GET /rest/info lists them)", example = "symbol")
            @PathParam("field") String field,
            @Parameter(description = "A term or a query in HGNC's syntax; + for a space", example = "ZNF*")
            @Encoded @PathParam("term") String term,
            @Parameter(description = ACCEPT) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return answer(hgnc.search(field, HgncPaths.decode(term, "term"), AnswerFormat.of(accept)));
    }

    private static Response answer(HgncAnswer answer) {
        return Response.ok(answer, answer.format().mediaType())
                .header(SearchResource.DATA_VERSION, answer.version())
                .build();
    }
}
