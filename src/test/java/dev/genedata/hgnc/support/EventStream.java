package dev.genedata.hgnc.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A server-sent events client for tests: reads a {@code text/event-stream} on a thread of its own, keeping the
 * data of each event, until the server ends the stream or {@link #close()} hangs up, as a browser would.
 */
public final class EventStream implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpResponse<InputStream> response;
    private final List<String> data = new CopyOnWriteArrayList<>();
    private final AtomicBoolean ended = new AtomicBoolean();

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream at {@code url}; returns once the answer's headers have arrived. */
    public static EventStream open(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url).header("Accept", "text/event-stream").GET().build();
        try {
            return new EventStream(CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer's status. */
    public int status() {
        return response.statusCode();
    }

    /** The answer's Content-Type. */
    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The data of each event received so far, in order. */
    public List<String> data() {
        return List.copyOf(data);
    }

    /** Whether the server has ended the stream. */
    public boolean ended() {
        return ended.get();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            StringBuilder event = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    event.append(event.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                } else if (line.isEmpty() && !event.isEmpty()) {
                    data.add(event.toString());
                    event.setLength(0);
                }
            }
            ended.set(true);
        } catch (IOException e) {
            // closed by this side
        }
    }

    /** Hangs up. */
    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
