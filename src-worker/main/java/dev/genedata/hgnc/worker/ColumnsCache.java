package dev.genedata.hgnc.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.gene.store.GeneStore;
import io.vertx.mutiny.core.buffer.Buffer;

/**
 * The analysis columns of the current data version, fetched once per version and kept in memory, so
 * that a job reads one small key (the current version) and computes from memory. A version never
 * changes, so a cached one is valid for as long as it is current.
 */
@ApplicationScoped
public class ColumnsCache {

    private static final Logger LOG = Logger.getLogger(ColumnsCache.class);

    private final GeneStore genes;
    private final ObjectMapper mapper;
    private final Duration timeout;
    private volatile GeneColumns cached;

    ColumnsCache(GeneStore genes, ObjectMapper mapper, HgncConfig config) {
        this.genes = genes;
        this.mapper = mapper;
        this.timeout = config.redis().timeout();
    }

    /**
     * The columns of the current data version.
     *
     * @return the columns, or null when no data set is loaded
     */
    public GeneColumns current() {
        for (int attempt = 1; ; attempt++) {
            Long version = genes.currentVersion().await().atMost(timeout);
            if (version == null) {
                return null;
            }
            GeneColumns columns = cached;
            if (columns != null && columns.version() == version) {
                return columns;
            }
            columns = load(version);
            if (columns != null) {
                return columns;
            }
            // the version was deleted after it was read as current: loads came in between, read the new one
            if (attempt == 3) {
                throw new IllegalStateException("data version " + version + " has no analysis columns; load the data again");
            }
        }
    }

    /** The columns of one version, now cached; null when that version is gone. */
    private synchronized GeneColumns load(long version) {
        GeneColumns columns = cached;
        if (columns != null && columns.version() == version) {
            return columns;
        }
        long started = System.nanoTime();
        Buffer json = genes.columns(version).await().atMost(timeout);
        if (json == null) {
            return null;
        }
        try {
            columns = mapper.readValue(json.getBytes(), GeneColumns.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the analysis columns of data version " + version + " are unreadable", e);
        }
        cached = columns;
        LOG.infof("Read the analysis columns of data version %d (%d genes) in %d ms", version, columns.size(),
                (System.nanoTime() - started) / 1_000_000);
        return columns;
    }
}
