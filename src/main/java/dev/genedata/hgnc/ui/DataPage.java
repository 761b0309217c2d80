package dev.genedata.hgnc.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Supplier;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.common.error.InvalidInputException;
import dev.genedata.hgnc.common.security.AdminGuard;
import dev.genedata.hgnc.gene.model.GeneSetSummary;
import dev.genedata.hgnc.gene.service.DataLoadService;
import io.smallrye.common.annotation.Blocking;

/**
 * {@code /ui/data}: load a file (official JSON, a JSON array or TSV, gzip'd or not) or delete the loaded set, as
 * {@code POST /data} and {@code DELETE /data} do, with the admin token in a form field when one is set.
 */
@Path("/ui/data")
@Produces(MediaType.TEXT_HTML)
public class DataPage {

    private static final ApiError WRONG_TOKEN = new ApiError("the admin token is not the service's ADMIN_TOKEN", 401);

    private final DataLoadService loads;
    private final LoadedSet loaded;
    private final AdminGuard admin;

    DataPage(DataLoadService loads, LoadedSet loaded, AdminGuard admin) {
        this.loads = loads;
        this.loaded = loaded;
        this.admin = admin;
    }

    /** What is loaded, and the forms. */
    @GET
    @Blocking
    @Operation(summary = "The data page (HTML)")
    public Response page() {
        return after(null, null);
    }

    /** Loads the uploaded file in place of the current set. */
    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Load a data file from the form (HTML)")
    public Response load(@RestForm FileUpload file, @RestForm String token) {
        return change(token, () -> {
            if (file == null || file.uploadedFile() == null || file.size() == 0) {
                throw new InvalidInputException("choose a file to load: the HGNC complete set as JSON or TSV, "
                        + "optionally gzip'd");
            }
            try (InputStream body = Files.newInputStream(file.uploadedFile())) {
                DataLoadService.LoadResult result = loads.loadUpload(body, file.contentType());
                return String.format("Loaded %,d records from %s in %,d ms.", result.loaded(), file.fileName(),
                        result.tookMs());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Deletes the current set. */
    @POST
    @Path("/delete")
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Delete the loaded set from the form (HTML)")
    public Response delete(@RestForm String token) {
        return change(token, () -> String.format("Deleted the data set (%,d records).", loads.delete()));
    }

    private Response change(String token, Supplier<String> change) {
        if (!admin.admits(token)) {
            return after(null, WRONG_TOKEN);
        }
        try {
            return after(change.get(), null);
        } catch (RuntimeException e) {
            return after(null, Pages.problem(e));
        }
    }

    /** The page after a change: its outcome or problem, and what is loaded now. */
    private Response after(String outcome, ApiError problem) {
        GeneSetSummary summary = null;
        ApiError shown = problem;
        try {
            summary = loaded.summary();
        } catch (RuntimeException e) {
            shown = shown == null ? Pages.problem(e) : shown;
        }
        return Pages.page(Templates.data(summary, admin.tokenRequired(), outcome, shown), shown);
    }
}
