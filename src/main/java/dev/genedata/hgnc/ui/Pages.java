package dev.genedata.hgnc.ui;

import java.time.Duration;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import dev.genedata.hgnc.common.error.ApiError;
import dev.genedata.hgnc.common.error.ErrorMapper;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** What every page does alike: wait for a service within Redis's timeout, and answer a failure as a page that says it. */
final class Pages {

    private static final Logger LOG = Logger.getLogger(Pages.class);

    private Pages() {
    }

    /** The item of a service's answer, waited for at most {@code timeout} (pages render on a worker thread). */
    static <T> T await(Uni<T> answer, Duration timeout) {
        return answer.await().atMost(timeout);
    }

    /**
     * What a failure tells the user, as the API would answer it (the message names the parameter, or says that
     * Redis is unavailable); an unexpected one is logged with its stack trace, which the page never shows.
     */
    static ApiError problem(Throwable failure) {
        ApiError error = ErrorMapper.describe(failure);
        if (error.status() == 500) {
            LOG.error("Unexpected failure rendering a page", failure);
        }
        return error;
    }

    /** A page, with the status of its problem if it has one, else 200. */
    static Response page(TemplateInstance page, ApiError problem) {
        return Response.status(problem == null ? 200 : problem.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(page).build();
    }
}
