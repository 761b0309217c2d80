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
        Long version = genes.currentVersion().await().atMost(timeout);
        if (version == null) {
            return null;
        }
        GeneColumns columns = cached;
        return columns != null && columns.version() == version ? columns : load(version);
    }

    /**
     * The columns of the version now current, now cached, unless another thread has just cached those of
     * {@code version}; null when no set is loaded any more. The version and its columns are read together, so a
     * load that replaces the set meanwhile cannot leave a version without its columns.
     */
    private synchronized GeneColumns load(long version) {
        GeneColumns columns = cached;
        if (columns != null && columns.version() == version) {
            return columns;
        }
        long started = System.nanoTime();
        GeneStore.VersionedColumns read = genes.currentColumns().await().atMost(timeout);
        if (read == null) {
            return null;
        }
        if (read.json() == null) {
            throw new IllegalStateException("data version " + read.version() + " has no analysis columns; load the data again");
        }
        try {
            columns = mapper.readValue(read.json().getBytes(), GeneColumns.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the analysis columns of data version " + read.version() + " are unreadable", e);
        }
        cached = columns;
        LOG.infof("Read the analysis columns of data version %d (%d genes) in %d ms", read.version(), columns.size(),
                (System.nanoTime() - started) / 1_000_000);
        return columns;
    }
}
