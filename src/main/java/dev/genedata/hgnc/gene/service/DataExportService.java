package dev.genedata.hgnc.gene.service;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.logging.Logger;

import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.gene.store.GeneStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;

/**
 * Streams records as one JSON array (blocking; for a worker thread). Records come from Redis in
 * chunks, the next chunk fetched while the current one is written, so the whole set never sits in
 * memory and the reader sees one version of the set from start to end.
 */
@ApplicationScoped
public class DataExportService {

    private static final Logger LOG = Logger.getLogger(DataExportService.class);
    private static final int CHUNK = 2000;
    private static final byte[] EMPTY = {'[', ']'};

    private final GeneStore store;
    private final Duration timeout;

    DataExportService(GeneStore store, HgncConfig config) {
        this.store = store;
        this.timeout = config.redis().timeout();
    }

    /**
     * Prepares a stream of the records {@code offset .. offset+limit} in numeric id order as a JSON
     * array. The id list is read here, so a Redis failure surfaces before the response starts.
     *
     * @param offset how many to skip, 0 or more (as {@link dev.genedata.hgnc.common.rest.Paging} checks it)
     * @param limit how many at most; null for all
     */
    public StreamingOutput export(int offset, Integer limit) {
        GeneStore.VersionedIds read = store.ids().await().atMost(timeout);
        if (read == null) {
            return out -> out.write(EMPTY);
        }
        int[] ids = read.all();
        int from = Math.min(offset, ids.length);
        int to = limit == null ? ids.length : (int) Math.min(ids.length, (long) from + limit);
        return out -> write(out, read, from, to);
    }

    private void write(OutputStream out, GeneStore.VersionedIds read, int from, int to) throws IOException {
        int[] ids = read.all();
        out.write('[');
        CompletableFuture<List<Buffer>> next = fetch(read.version(), ids, from, to);
        boolean first = true;
        for (int start = from; start < to; start += CHUNK) {
            List<Buffer> chunk = Uni.createFrom().completionStage(next).await().atMost(timeout);
            next = fetch(read.version(), ids, start + CHUNK, to);
            for (Buffer record : chunk) {
                if (record == null) {
                    throw new IOException("data version " + read.version() + " expired while it was being streamed");
                }
                if (!first) {
                    out.write(',');
                }
                out.write(record.getBytes());
                first = false;
            }
        }
        out.write(']');
        LOG.debugf("Streamed %d records of data version %d", to - from, read.version());
    }

    private CompletableFuture<List<Buffer>> fetch(long version, int[] ids, int start, int to) {
        if (start >= to) {
            return CompletableFuture.completedFuture(List.of());
        }
        return store.records(version, ids, start, Math.min(to, start + CHUNK)).subscribeAsCompletionStage();
    }
}
