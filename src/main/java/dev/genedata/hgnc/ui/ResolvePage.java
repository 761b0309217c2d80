package dev.genedata.hgnc.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.resolve.rest.ResolutionTable;
import dev.genedata.hgnc.resolve.service.GeneResolver;
import dev.genedata.hgnc.resolve.service.Resolution;
import dev.genedata.hgnc.resolve.service.ResolveRequest;
import io.smallrye.common.annotation.Blocking;

/**
 * {@code /ui/resolve}: the list checker. A list typed or pasted into {@code symbols}, or uploaded as a file (both
 * together are one list), resolved as {@code POST /genes/resolve} resolves it: a table with the match types told
 * apart, ambiguous and unmatched inputs marked, or the same table as a CSV or TSV download.
 */
@Path("/ui/resolve")
public class ResolvePage {

    private final GeneResolver resolver;

    ResolvePage(GeneResolver resolver) {
        this.resolver = resolver;
    }

    /** The empty form. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The list checker (HTML)")
    public Response form() {
        return Pages.page(Templates.resolve(new View("", null), null), null);
    }

    /**
     * Resolves the list: {@code format} {@code csv} or {@code tsv} downloads the table, anything else shows it.
     */
    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({ MediaType.TEXT_HTML, "text/csv", "text/tab-separated-values" })
    @Operation(summary = "Check a list (HTML, or a CSV or TSV download)")
    public Response check(@RestForm String symbols, @RestForm FileUpload file, @RestForm String format) {
        String typed = symbols == null ? "" : symbols;
        try {
            String list = typed + "\n" + uploaded(file);
            List<Resolution> resolutions = resolver.resolve(ResolveRequest.fromText(
                    list.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).resolutions();
            if ("csv".equals(format) || "tsv".equals(format)) {
                return Response.ok(new ResolutionTable(resolutions, "csv".equals(format) ? ',' : '\t'))
                        .type(("csv".equals(format) ? "text/csv" : "text/tab-separated-values") + ";charset=UTF-8")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"resolved." + format + "\"")
                        .build();
            }
            return Pages.page(Templates.resolve(new View(typed, resolutions), null), null);
        } catch (RuntimeException e) {
            ApiError problem = Pages.problem(e);
            return Pages.page(Templates.resolve(new View(typed, null), problem), problem);
        }
    }

    private static String uploaded(FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return "";
        }
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The form and, once checked, the table.
     *
     * @param symbols the list as typed
     * @param resolutions one per input, in input order; null before a check
     */
    public record View(String symbols, List<Resolution> resolutions) {

        /** Inputs that resolved to one gene. */
        public long resolved() {
            return resolutions.stream().filter(r -> r.resolved() != null).count();
        }

        /** Inputs that matched several genes at the best level. */
        public long ambiguous() {
            return resolutions.stream().filter(Resolution::ambiguous).count();
        }

        /** Inputs that matched nothing. */
        public long unmatched() {
            return resolutions.stream().filter(r -> r.matches().isEmpty()).count();
        }
    }
}
