package dev.genedata.hgnc.resolve.rest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.common.error.UnsupportedContentException;
import dev.genedata.hgnc.resolve.service.GeneResolver;
import dev.genedata.hgnc.resolve.service.Resolution;
import dev.genedata.hgnc.resolve.service.ResolveAnswer;
import dev.genedata.hgnc.resolve.service.ResolveRequest;
import dev.genedata.hgnc.search.rest.SearchResource;
import io.smallrye.common.annotation.Blocking;

/** {@code POST /genes/resolve}: a list of symbols and ids resolved to current genes, as JSON, CSV or TSV. */
@Path("/genes/resolve")
@Tag(name = "Resolve", description = "Resolve lists of gene symbols and identifiers to current HGNC genes")
public class ResolveResource {

    static final String CSV = "text/csv";
    static final String TSV = "text/tab-separated-values";
    private static final List<MediaType> FORMATS = List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(CSV),
            MediaType.valueOf(TSV));
    private static final String WHAT_TO_SEND = "send a JSON array of strings as application/json, or text/plain with one "
            + "symbol or id per line";

    private final GeneResolver resolver;

    ResolveResource(GeneResolver resolver) {
        this.resolver = resolver;
    }

    /** Resolves each input; the answer's format follows Accept. */
    @POST
    @Blocking
    @Produces({ MediaType.APPLICATION_JSON, CSV, TSV })
    @Operation(summary = "Resolve a list of symbols and ids to current genes",
            description = "Up to 100,000 inputs: a JSON array of strings, or text with one input per line (commas and "
                    + "tabs separate too; empty items are skipped in text, answered as unmatched in JSON). Each input "
                    + "is matched whole, ignoring case, against approved, previous and alias symbols, HGNC ids and the "
                    + "other identifiers HGNC records (match types: approved_symbol, hgnc_id, entrez_id, ensembl_gene_id, "
                    + "uniprot_ids, refseq_accession, omim_id, ccds_id, ena, mgd_id, rgd_id, ucsc_id, vega_id, "
                    + "rna_central_id, mane_select, previous_symbol, alias_symbol). `resolved` is the one best match: "
                    + "an approved symbol, else an identifier, else a previous symbol, else an alias symbol; several "
                    + "genes at the best level leave it null with `ambiguous: true`. Symbols a spreadsheet made dates "
                    + "of (`1-Mar`, `2-Sep`, `Mar-01`, `3/1`, `2024-03-01`) are also read back to each symbol they may "
                    + "have been (`MAR1`, `MARCH1`, `MARC1`) and matched among symbols; such matches carry "
                    + "`viaSpreadsheetDate`. With `Accept: text/csv` or `text/tab-separated-values`, a table with the "
                    + "multi-symbol checker's columns, one row per input and match (`unmatched` for none).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = String.class), examples = @ExampleObject(name = "mixed",
                    value = "[\"TP53\", \"p53\", \"1-Mar\", \"HGNC:5\", \"NOSUCHGENE\"]")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "lines", value = "TP53\np53\n1-Mar\nHGNC:5\nNOSUCHGENE\n")) })
    @APIResponse(responseCode = "200", description = "One entry per input, in input order; X-Data-Version names the "
            + "data version", headers = @Header(name = "X-Data-Version", description = "The data version answered from",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                            implementation = Resolution.class), examples = @ExampleObject(name = "mixed",
                            value = ResolveExamples.JSON)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "mixed", value = ResolveExamples.CSV)),
                    @Content(mediaType = TSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "mixed", value = ResolveExamples.TSV)) })
    @APIResponse(responseCode = "400", description = "A body that is not a JSON array of strings, not text, or holds "
            + "an input over 1,000 characters", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "not strings",
                            value = "{\"error\":\"every item of the array must be a string: [1] is a number (7157)\","
                                    + "\"status\":400}")))
    @APIResponse(responseCode = "406", description = "Accept names none of JSON, CSV, TSV",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "xml", value = "{\"error\":\"cannot produce the requested media type "
                            + "(see the route's Accept options in /q/openapi)\",\"status\":406}")))
    @APIResponse(responseCode = "413", description = "More than 100,000 inputs, or a body over the size limit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "too many", value = "{\"error\":\"too many inputs: at most 100000 "
                            + "per request; split the list\",\"status\":413}")))
    @APIResponse(responseCode = "415", description = "A Content-Type that is neither JSON nor text, or an unknown charset",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "xml", value = "{\"error\":\"unsupported Content-Type "
                            + "'application/xml'; send a JSON array of strings as application/json, or text/plain with "
                            + "one symbol or id per line\",\"status\":415}")))
    @APIResponse(responseCode = "503", description = "This replica is still building its first view of the data",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
                    examples = @ExampleObject(name = "no view yet", value = "{\"error\":\"this replica is still building "
                            + "its search view of the data; try again in a few seconds\",\"status\":503}")))
    public Response resolve(@Context HttpHeaders headers, byte[] body) {
        ResolveAnswer answer = resolver.resolve(read(headers.getMediaType(), body == null ? new byte[0] : body));
        MediaType format = format(headers.getAcceptableMediaTypes());
        Object entity = format == FORMATS.get(0) ? answer.resolutions()
                : new ResolutionTable(answer.resolutions(), format == FORMATS.get(1) ? ',' : '\t');
        return Response.ok(entity, format.withCharset(StandardCharsets.UTF_8.name()))
                .header(SearchResource.DATA_VERSION, answer.version()).build();
    }

    private static ResolveRequest read(MediaType type, byte[] body) {
        if (type == null) {
            throw new UnsupportedContentException("no Content-Type; " + WHAT_TO_SEND);
        }
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json")) {
            return ResolveRequest.fromJson(body);
        }
        if (type.getType().equals("text")) {
            return ResolveRequest.fromText(body, charset(type));
        }
        throw new UnsupportedContentException("unsupported Content-Type '" + type.getType() + "/" + type.getSubtype() + "'; "
                + WHAT_TO_SEND);
    }

    private static Charset charset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedContentException("unsupported charset '" + name + "' in Content-Type; send UTF-8");
        }
    }

    /** The first of JSON, CSV and TSV that the client accepts, best first; JSON when it accepts anything. */
    private static MediaType format(List<MediaType> acceptable) {
        for (MediaType accepted : acceptable) {
            for (MediaType format : FORMATS) {
                if (accepted.isCompatible(format)) {
                    return format;
                }
            }
        }
        return FORMATS.get(0);
    }
}
