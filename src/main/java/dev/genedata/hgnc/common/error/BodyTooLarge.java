package dev.genedata.hgnc.common.error;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request whose declared {@code Content-Length} is over {@code quarkus.http.limits.max-body-size} is
 * refused before its body is read, as Quarkus does, but with the JSON error body (Quarkus's own answer is
 * empty). A chunked body over the limit is still cut off by Quarkus with an empty 413.
 */
@ApplicationScoped
public class BodyTooLarge {

    private final long maxBodySize;

    BodyTooLarge(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodySize = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    /** Installs the check ahead of Quarkus's own. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !length.isEmpty() && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > maxBodySize) {
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(Json.encode(new ApiError("request body too large: at most " + maxBodySize
                            + " bytes (quarkus.http.limits.max-body-size)", 413)));
            return;
        }
        context.next();
    }
}
