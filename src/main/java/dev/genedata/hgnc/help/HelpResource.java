package dev.genedata.hgnc.help;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /help}: every route and what each role serves, in plain text, like {@code git --help}. */
@Path("/help")
@Tag(name = "Help", description = "What this service offers")
public class HelpResource {

    private final RouteCatalog routes;

    HelpResource(RouteCatalog routes) {
        this.routes = routes;
    }

    /** The route list, built from the resources themselves so it never drifts from them, and the roles. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Every route with its methods, and what each role serves, in plain text")
    @APIResponse(responseCode = "200", description = "The help text", content = @Content(mediaType = "text/plain",
            examples = @ExampleObject(name = "excerpt", value = "GET     /genes/{hgnc_id}         One gene's full record")))
    public String help() {
        return routes.helpText();
    }
}
