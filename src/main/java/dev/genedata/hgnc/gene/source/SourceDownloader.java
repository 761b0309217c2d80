package dev.genedata.hgnc.gene.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import dev.genedata.hgnc.config.HgncConfig;

/**
 * Opens the configured HGNC source ({@code hgnc.source.url}) as a stream: {@code http(s):} with a
 * timeout, or {@code file:}. The URL comes only from configuration, never from a client.
 */
@ApplicationScoped
public class SourceDownloader {

    private final HgncConfig config;
    private final HttpClient http;

    SourceDownloader(HgncConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.source().timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The configured source URL. */
    public URI url() {
        return config.source().url();
    }

    /**
     * Opens the source.
     *
     * @return the body and the content type the source declared (may be null)
     * @throws SourceUnavailableException when the source cannot be reached or does not answer 200
     */
    public Download open() {
        URI url = url();
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        try {
            return switch (scheme) {
                case "file" -> new Download(Files.newInputStream(Path.of(url)), null);
                case "http", "https" -> openHttp(url);
                default -> throw new SourceUnavailableException(url,
                        "unsupported URL scheme '" + scheme + "' (use https, http or file)");
            };
        } catch (IOException | IllegalArgumentException e) {
            throw new SourceUnavailableException(url, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException(url, "interrupted");
        }
    }

    private Download openHttp(URI url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(config.source().timeout())
                .header("Accept", "application/json, text/tab-separated-values;q=0.9, */*;q=0.5")
                .GET()
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new SourceUnavailableException(url, "it answered HTTP " + response.statusCode());
        }
        return new Download(response.body(), response.headers().firstValue("Content-Type").orElse(null));
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    /**
     * An opened source.
     *
     * @param body the bytes, possibly gzip-compressed
     * @param contentType the declared content type, or null
     */
    public record Download(InputStream body, String contentType) {
    }
}
