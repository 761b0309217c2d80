package dev.genedata.hgnc.hgncrest.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.hgncrest.service.AnswerFormat;
import dev.genedata.hgnc.hgncrest.service.XmlAnswerWriter;

/**
 * Errors under {@code /rest} come in the format the request asks for, as HGNC's do: the JSON error body of
 * every route ({@code {"error","status"}}) with {@code Accept: application/json}, else the same status and
 * message in Solr's XML ({@code <lst name="error"><str name="msg">..</str><int name="code">..</int></lst>}).
 * The status is still chosen where every other error's is, in the one error mapper; this only rewrites the
 * body of its answer, for unknown routes and methods under {@code /rest} too.
 */
public class RestErrorFormat {

    /** Rewrites an error answer of a {@code /rest} route in XML unless JSON is asked for. */
    @ServerResponseFilter
    public void inAskedFormat(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || !(response.getEntity() instanceof ApiError error)) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (!(path.equals("/rest") || path.startsWith("/rest/"))
                || AnswerFormat.of(request.getHeaderString(HttpHeaders.ACCEPT)) != AnswerFormat.XML) {
            return;
        }
        response.setEntity(XmlAnswerWriter.error(error.status(), error.error()), null,
                MediaType.valueOf(AnswerFormat.XML.mediaType()));
    }
}
