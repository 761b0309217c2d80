package dev.genedata.hgnc.gene.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.common.error.ServiceException;
import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.gene.model.GeneFacts;
import dev.genedata.hgnc.gene.model.GeneSetSummary;
import dev.genedata.hgnc.gene.parse.GeneRecordReader;
import dev.genedata.hgnc.gene.parse.MalformedDataException;
import dev.genedata.hgnc.gene.source.SourceDownloader;
import dev.genedata.hgnc.gene.store.GeneIndexBuilder;
import dev.genedata.hgnc.gene.store.GeneSetWriter;
import dev.genedata.hgnc.gene.store.PendingGeneSet;

/**
 * Loads an HGNC complete set into Redis, replacing the current one in one atomic swap, and deletes
 * it. Records stream from the parser straight into pipelined writes; a malformed file or a failed
 * download leaves the current set untouched.
 */
@ApplicationScoped
public class DataLoadService {

    private static final Logger LOG = Logger.getLogger(DataLoadService.class);

    /** How the source of an uploaded file is named in the summary. */
    public static final String UPLOAD = "upload";

    private final GeneSetWriter writer;
    private final SourceDownloader downloader;
    private final ObjectMapper mapper;

    DataLoadService(GeneSetWriter writer, SourceDownloader downloader, ObjectMapper mapper) {
        this.writer = writer;
        this.downloader = downloader;
        this.mapper = mapper;
    }

    /**
     * Loads an uploaded file: official JSON, a JSON array of records, or TSV, optionally gzip'd.
     *
     * @throws MalformedDataException 400 naming what is wrong and where
     */
    public LoadResult loadUpload(InputStream body, String contentType) {
        return load(body, contentType, UPLOAD);
    }

    /**
     * Downloads the configured source and loads it.
     *
     * @throws ServiceException 502 when the source is unreachable or sends malformed data
     */
    public LoadResult loadFromSource() {
        String source = downloader.url().toString();
        SourceDownloader.Download download = downloader.open();
        try (InputStream body = download.body()) {
            return load(body, download.contentType(), source);
        } catch (MalformedDataException e) {
            throw SourceDownloader.unreachable(downloader.url(), "it sent data that is not an HGNC set: " + e.getMessage());
        } catch (IOException e) {
            throw SourceDownloader.unreachable(downloader.url(), e.getMessage());
        }
    }

    /**
     * Deletes the current set.
     *
     * @return how many records it held
     */
    public long delete() {
        long deleted = writer.deleteCurrent();
        LOG.infof("Deleted the data set (%d records)", deleted);
        return deleted;
    }

    private LoadResult load(InputStream body, String contentType, String source) {
        long started = System.nanoTime();
        LOG.infof("Loading the HGNC set from %s", source);
        try (PendingGeneSet pending = writer.begin()) {
            List<GeneFacts> genes = new ArrayList<>(50_000);
            GeneIndexBuilder index = new GeneIndexBuilder();
            try (RecordHandOff handOff = new RecordHandOff(record -> {
                GeneFacts gene = GeneFacts.of(record);
                genes.add(gene);
                index.add(gene);
                pending.add(gene.id(), json(record));
            })) {
                GeneRecordReader.read(body, contentType, (position, record) -> handOff.add(record));
                handOff.finish();
            }
            long parsed = System.nanoTime();
            GeneSetSummary summary = GeneSetSummary.of(genes, source, Instant.now(), pending.version());
            GeneColumns columns = GeneColumns.of(pending.version(), genes, summary.fields());
            String summaryJson = text(summary);
            String columnsJson = text(columns);
            long derived = System.nanoTime();
            Long replaced = pending.commit(index.ids(), index.indexes(), summaryJson, columnsJson);
            LOG.debugf("Load phases: read and queue records %d ms, indexes and columns %d ms, writes and swap %d ms",
                    (parsed - started) / 1_000_000, (derived - parsed) / 1_000_000, (System.nanoTime() - derived) / 1_000_000);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            LOG.infof("Loaded %d HGNC records from %s in %d ms (data version %d, replaced %s)",
                    genes.size(), source, tookMs, pending.version(), replaced == null ? "none" : replaced);
            return new LoadResult(genes.size(), source, tookMs);
        } catch (RuntimeException e) {
            LOG.warnf("Loading the HGNC set from %s failed after %d ms; the current set is unchanged: %s",
                    source, (System.nanoTime() - started) / 1_000_000, e.getMessage());
            throw e;
        }
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The answer to a load.
     *
     * @param loaded how many records the new set has
     * @param source the download URL, or "upload"
     * @param tookMs the time from the first byte read to the swap
     */
    public record LoadResult(int loaded, String source, long tookMs) {
    }
}
