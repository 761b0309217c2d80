package dev.genedata.hgnc.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.genedata.hgnc.common.error.ErrorMapper;
import dev.genedata.hgnc.config.HgncConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Guards the routes that replace or delete data ({@code POST /data}, {@code DELETE /data},
 * {@code DELETE /jobs/{id}}) with a bearer token when {@code ADMIN_TOKEN} is set; without one they
 * are open, and prod mode says so at start.
 */
@ApplicationScoped
public class AdminGuard {

    private static final Logger LOG = Logger.getLogger(AdminGuard.class);

    private final Optional<byte[]> token;
    private final boolean servesApi;

    AdminGuard(HgncConfig config) {
        this.token = config.admin().token().filter(t -> !t.isBlank())
                .map(t -> ("Bearer " + t.trim()).getBytes(StandardCharsets.UTF_8));
        this.servesApi = config.role().servesApi();
    }

    /** Warns at a production start of a process that serves the API without a token (a worker serves no route). */
    void onStart(@Observes StartupEvent event) {
        if (token.isEmpty() && servesApi && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warn("ADMIN_TOKEN is not set: anyone who reaches this service can replace or delete the data and "
                    + "delete jobs. Set ADMIN_TOKEN to require 'Authorization: Bearer <token>' on those routes.");
        }
    }

    /** Answers 401 to an admin request without the right token; lets everything else through. */
    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) {
        if (token.isEmpty() || !isAdminRoute(request.getMethod(), request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (matches(header)) {
            return Optional.empty();
        }
        Response answer = ErrorMapper.answer(401, header == null
                ? "this route needs 'Authorization: Bearer <token>' (the service's ADMIN_TOKEN)"
                : "the bearer token is not the service's ADMIN_TOKEN");
        return Optional.of(Response.fromResponse(answer).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
    }

    /** Whether changing the data needs the admin token (one is set). */
    public boolean tokenRequired() {
        return token.isPresent();
    }

    /**
     * Whether {@code given}, a token as a person types it (without "Bearer "), may change the data: any may when no
     * token is set. For the web pages, which take the token in a form field rather than a header.
     */
    public boolean admits(String given) {
        return token.isEmpty() || given != null && matches("Bearer " + given.trim());
    }

    /** Whether an Authorization header value carries the token, compared in constant time. */
    private boolean matches(String header) {
        byte[] given = header == null ? new byte[0] : header.trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.get());
    }

    /** Whether a request replaces or deletes data. */
    static boolean isAdminRoute(String method, String path) {
        String normalized = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return switch (method) {
            case "POST" -> normalized.equals("/data");
            case "DELETE" -> normalized.equals("/data") || normalized.startsWith("/jobs/");
            default -> false;
        };
    }
}
