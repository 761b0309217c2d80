package dev.genedata.hgnc.common.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.genedata.hgnc.gene.parse.DataTooLargeException;
import dev.genedata.hgnc.gene.source.SourceUnavailableException;
import dev.genedata.hgnc.redis.RedisFailures;

/**
 * The one place failures become answers: {@code {"error": ..., "status": ...}} with the right status.
 * Domain failures get the status of their kind ({@link #status}); a Redis that cannot serve gets 503;
 * anything else is logged with its stack trace and answered 500 without one.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    /** Domain failures: the status says what kind of failure it is; the message is the exception's. */
    @ServerExceptionMapper
    public Response domain(DomainException e) {
        int status = status(e);
        if (status >= 500) {
            LOG.warnf("%d: %s", status, e.getMessage());
        }
        return answer(status, e.getMessage());
    }

    /** The HTTP status of each kind of domain failure. */
    static int status(DomainException e) {
        return e instanceof InvalidInputException ? 400
                : e instanceof UnknownResourceException ? 404
                : e instanceof StateConflictException ? 409
                : e instanceof DataTooLargeException || e instanceof RequestTooLargeException ? 413
                : e instanceof UnsupportedContentException ? 415
                : e instanceof SourceUnavailableException ? 502
                : e instanceof ConcurrentChangeException || e instanceof NotReadyException ? 503
                : e instanceof StoreFullException ? 507
                : 500;
    }

    /** Routing and content negotiation errors (404, 405, 406, 415, 413) keep their status. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return answer(status, message(status, e));
    }

    /** A request body that is not the JSON the route expects. */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return answer(400, "the request body is not valid JSON: " + e.getOriginalMessage());
    }

    /** Everything else: 507 when Redis refuses writes for want of memory, 503 when it cannot serve, else 500. */
    @ServerExceptionMapper
    public Response other(Throwable e) {
        ApiError error = describe(e);
        if (error.status() == 500) {
            return unexpected(e);
        }
        LOG.warnf("%d: %s", error.status(), error.error());
        return answer(error.status(), error.error());
    }

    /**
     * What a failure tells a client, as the JSON answers carry it: a domain failure's status and message, 507 when
     * Redis refuses a write for want of memory (waiting will not help; a load says more, with the figures), 503 when
     * it cannot serve, else 500 without details. The web pages show the same.
     */
    public static ApiError describe(Throwable e) {
        if (e instanceof DomainException domain) {
            return new ApiError(domain.getMessage(), status(domain));
        }
        if (RedisFailures.isOutOfMemory(e)) {
            return new ApiError("the data store (Redis) is out of memory (maxmemory reached) and refuses writes until "
                    + "memory is freed or maxmemory raised; reads still work", 507);
        }
        if (RedisFailures.isUnavailable(e)) {
            return new ApiError("the data store (Redis) is unavailable: " + RedisFailures.reason(e)
                    + "; try again shortly", 503);
        }
        return new ApiError("internal error: " + e.getClass().getSimpleName(), 500);
    }

    private static Response unexpected(Throwable e) {
        LOG.error("Unexpected failure", e);
        return answer(500, "internal error: " + e.getClass().getSimpleName());
    }

    private static String message(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "no such route or resource; GET /help lists the routes";
            case 405 -> "method not allowed on this route; GET /help lists the routes and their methods";
            case 406 -> "cannot produce the requested media type (see the route's Accept options in /q/openapi)";
            case 413 -> "request body too large";
            case 415 -> "unsupported Content-Type for this route";
            default -> e.getMessage() == null ? "bad request" : e.getMessage();
        };
    }

    /** Builds an error answer. */
    public static Response answer(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(message, status)).build();
    }
}
