package dev.genedata.hgnc.help;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.genedata.hgnc.config.HgncConfig.Role;

/**
 * The text of {@code GET /help}: the routes of this application, read once from the REST resource beans'
 * annotations (path, method, and the OpenAPI summary as the one-line description), and what each role serves.
 */
@ApplicationScoped
public class RouteCatalog {

    private static final List<Class<? extends Annotation>> METHODS = List.of(GET.class, POST.class, PUT.class, DELETE.class);
    private static final Comparator<Route> ORDER = Comparator.comparing(Route::path).thenComparing(Route::method);

    private final List<Route> routes;

    RouteCatalog(BeanManager beans) {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class)) {
            Path classPath = bean.getBeanClass().getAnnotation(Path.class);
            if (classPath != null) {
                addRoutes(bean.getBeanClass(), classPath.value(), found);
            }
        }
        found.sort(ORDER);
        this.routes = List.copyOf(found);
    }

    /** The text of {@code GET /help}. */
    public String helpText() {
        StringBuilder text = new StringBuilder()
                .append("HGNC gene-data service: the HGNC complete set in Redis, with analysis jobs and charts.\n\n")
                .append("usage: curl [-X METHOD] http://<host>:<port><route>\n\n")
                .append("routes:\n");
        for (Route route : routes) {
            text.append(String.format("  %-7s %-28s %s%n", route.method(), route.path(), route.summary()));
        }
        text.append("\nmore: /q/swagger-ui (interactive docs), /q/openapi (OpenAPI document), ")
                .append("/q/health (health), /q/metrics (Prometheus metrics)\n\n")
                .append("roles (HGNC_ROLE, chosen at start):\n");
        for (Role role : Role.values()) {
            text.append(String.format("  %-7s %s%n", role.name().toLowerCase(Locale.ROOT), serves(role)));
        }
        return text.toString();
    }

    /** What a process of {@code role} serves; the switch makes a new role fail to compile until it is described. */
    private static String serves(Role role) {
        return switch (role) {
            case API -> "every route above and the /q/ pages; queues jobs but never runs them";
            case WORKER -> "runs jobs; its HTTP port serves only /q/health and /q/metrics, every other path answers 404";
            case BOTH -> "API and worker in one process (the default: dev mode, java -jar)";
        };
    }

    private static void addRoutes(Class<?> resource, String base, List<Route> found) {
        for (Method method : resource.getDeclaredMethods()) {
            for (Class<? extends Annotation> verb : METHODS) {
                if (method.isAnnotationPresent(verb)) {
                    Path sub = method.getAnnotation(Path.class);
                    Operation operation = method.getAnnotation(Operation.class);
                    found.add(new Route(verb.getSimpleName(), join(base, sub == null ? "" : sub.value()),
                            operation == null ? "" : operation.summary()));
                }
            }
        }
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * One route.
     *
     * @param method GET, POST, PUT or DELETE
     * @param path the path template, e.g. {@code /genes/{hgnc_id}}
     * @param summary one line saying what it does
     */
    private record Route(String method, String path, String summary) {
    }
}
