package dev.genedata.hgnc.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.genedata.hgnc.common.error.ApiError;
import io.smallrye.common.annotation.Blocking;

/** {@code /}: what is loaded (records, source, load time, data version), a search box and the ways in. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    private final LoadedSet loaded;

    HomePage(LoadedSet loaded) {
        this.loaded = loaded;
    }

    /** The home page; with no set loaded it says how to load one, with Redis down that it is down. */
    @GET
    @Blocking
    @Operation(summary = "The web interface's home page (HTML)")
    public Response home() {
        try {
            return Pages.page(Templates.home(loaded.summary(), null), null);
        } catch (RuntimeException e) {
            ApiError problem = Pages.problem(e);
            return Pages.page(Templates.home(null, problem), problem);
        }
    }
}
