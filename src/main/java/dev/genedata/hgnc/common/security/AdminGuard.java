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
        byte[] given = header == null ? new byte[0] : header.trim().getBytes(StandardCharsets.UTF_8);
        if (MessageDigest.isEqual(given, token.get())) {
            return Optional.empty();
        }
        Response answer = ErrorMapper.answer(401, header == null
                ? "this route needs 'Authorization: Bearer <token>' (the service's ADMIN_TOKEN)"
                : "the bearer token is not the service's ADMIN_TOKEN");
        return Optional.of(Response.fromResponse(answer).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
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
