package dev.genedata.hgnc.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Every route of the application as its REST resources declare it, read from the compiled classes in
 * {@code target/classes} (every class with {@code @Path}, each of its methods with an HTTP method annotation
 * or a {@code @Path}), so that a test that must try every route cannot miss one added later. Independent of
 * the application's own {@code RouteCatalog}.
 */
public final class RestRoutes {

    /** The application's compiled classes, API and worker alike (the tests run from the project directory). */
    public static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");

    /** Every method a client can send; a test that a route is closed tries each of them. */
    public static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");

    private RestRoutes() {
    }

    /**
     * One declared route.
     *
     * @param method the HTTP method, e.g. {@code GET}
     * @param path the path template, e.g. {@code /genes/{hgnc_id}}
     */
    public record Route(String method, String path) {
    }

    /** Every route a resource method declares with an HTTP method, sorted by path then method. */
    public static List<Route> declared() {
        return declarations().stream()
                .flatMap(declaration -> declaration.methods().stream().map(verb -> new Route(verb, declaration.path())))
                .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
                .toList();
    }

    /**
     * Every path template of the resources (each class's own path and every method's, sub-resource locators
     * included), sorted, with each {@code {parameter}} replaced by its value in {@code values}, or by {@code x}.
     */
    public static List<String> paths(Map<String, String> values) {
        return declarations().stream().map(Declaration::path).distinct().sorted()
                .map(path -> fill(path, values)).toList();
    }

    /** A path of a resource and the HTTP methods declared on it (none for a class's own path or a locator). */
    private record Declaration(List<String> methods, String path) {
    }

    private static List<Declaration> declarations() {
        List<Declaration> declarations = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(Path.class).value();
            declarations.add(new Declaration(List.of(), join(base, "")));
            for (Method method : resource.getDeclaredMethods()) {
                Path sub = method.getAnnotation(Path.class);
                List<String> verbs = httpMethods(method);
                if (sub != null || !verbs.isEmpty()) {
                    declarations.add(new Declaration(verbs, join(base, sub == null ? "" : sub.value())));
                }
            }
        }
        return declarations;
    }

    /** The classes under {@link #CLASSES} that carry {@code @Path}: the REST resources. */
    private static List<Class<?>> resources() {
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        RestRoutes.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + CLASSES + "; the tests run after compile", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        if (resources.isEmpty()) {
            throw new IllegalStateException("no class with @Path under " + CLASSES.toAbsolutePath());
        }
        return resources;
    }

    /** The HTTP methods of a resource method: its annotations that JAX-RS marks with {@code @HttpMethod}. */
    private static List<String> httpMethods(Method method) {
        return Stream.of(method.getAnnotations()).map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class)).filter(Objects::nonNull)
                .map(HttpMethod::value).toList();
    }

    /** {@code /jobs} and {@code /{id}} → {@code /jobs/{id}}: the segments of both, without empty ones. */
    private static String join(String base, String sub) {
        return Stream.of(base.split("/"), sub.split("/")).flatMap(Stream::of).filter(segment -> !segment.isEmpty())
                .collect(Collectors.joining("/", "/", ""));
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher parameter = PARAMETER.matcher(template);
        return parameter.replaceAll(match -> Matcher.quoteReplacement(values.getOrDefault(match.group(1), "x")));
    }
}
