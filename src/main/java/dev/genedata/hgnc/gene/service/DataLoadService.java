package dev.genedata.hgnc.gene.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.genedata.hgnc.common.error.StoreFullException;
import dev.genedata.hgnc.config.HgncConfig;
import dev.genedata.hgnc.gene.view.GeneViews;
import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.gene.model.GeneFacts;
import dev.genedata.hgnc.gene.model.GeneSetSummary;
import dev.genedata.hgnc.gene.parse.DataTooLargeException;
import dev.genedata.hgnc.gene.parse.GeneRecordReader;
import dev.genedata.hgnc.gene.parse.JsonText;
import dev.genedata.hgnc.gene.parse.MalformedDataException;
import dev.genedata.hgnc.gene.source.SourceDownloader;
import dev.genedata.hgnc.gene.source.SourceUnavailableException;
import dev.genedata.hgnc.gene.store.GeneSetWriter;
import dev.genedata.hgnc.gene.store.GeneSetWriter.RedisMemory;
import dev.genedata.hgnc.gene.store.PendingGeneSet;
import dev.genedata.hgnc.redis.RedisFailures;

/**
 * Loads an HGNC complete set into Redis, replacing the current one in one atomic swap, and deletes
 * it. Records stream from the parser straight into pipelined writes, each as its own bytes from the
 * file (compacted); a malformed file, a failed download or a Redis out of memory leaves the current set untouched.
 */
@ApplicationScoped
public class DataLoadService {

    private static final Logger LOG = Logger.getLogger(DataLoadService.class);

    private static final long MEGABYTE = 1024 * 1024;

    /** How the source of an uploaded file is named in the summary. */
    public static final String UPLOAD = "upload";

    private final GeneSetWriter writer;
    private final SourceDownloader downloader;
    private final ObjectMapper mapper;
    private final ExecutorService executor;
    private final GeneViews views;
    private final HgncConfig config;

    DataLoadService(GeneSetWriter writer, SourceDownloader downloader, ObjectMapper mapper, ExecutorService executor,
            GeneViews views, HgncConfig config) {
        this.writer = writer;
        this.views = views;
        this.downloader = downloader;
        this.mapper = mapper;
        this.executor = executor;
        this.config = config;
    }

    /**
     * Loads an uploaded file: official JSON, a JSON array of records, or TSV, optionally gzip'd.
     *
     * @throws MalformedDataException naming what is wrong and where
     * @throws DataTooLargeException when it is larger than {@code hgnc.data.max-size} decompressed
     */
    public LoadResult loadUpload(InputStream body, String contentType) {
        return load(body, contentType, UPLOAD);
    }

    /**
     * Downloads the configured source and loads it.
     *
     * @throws SourceUnavailableException when the source is unreachable or sends malformed data
     */
    public LoadResult loadFromSource() {
        String source = downloader.url().toString();
        SourceDownloader.Download download = downloader.open();
        try (InputStream body = download.body()) {
            return load(body, download.contentType(), source);
        } catch (MalformedDataException | DataTooLargeException e) {
            throw new SourceUnavailableException(downloader.url(), "it sent data that is not an HGNC set: " + e.getMessage());
        } catch (IOException e) {
            throw new SourceUnavailableException(downloader.url(), e.getMessage());
        }
    }

    /**
     * Deletes the current set.
     *
     * @return how many records it held
     */
    public long delete() {
        long deleted = writer.deleteCurrent();
        views.announce(0);
        LOG.infof("Deleted the data set (%d records)", deleted);
        return deleted;
    }

    private LoadResult load(InputStream body, String contentType, String source) {
        long started = System.nanoTime();
        LOG.infof("Loading the HGNC set from %s", source);
        try (PendingGeneSet pending = writer.begin()) {
            GeneSetSummary.Builder summary = new GeneSetSummary.Builder();
            GeneColumns.Builder columns = new GeneColumns.Builder();
            try (RecordHandOff<ParsedGene> handOff = new RecordHandOff<>(parsed -> {
                GeneFacts gene = parsed.gene();
                summary.add(gene);
                columns.add(gene);
                pending.add(gene.id(), JsonText.compact(parsed.json()));
            })) {
                GeneRecordReader.read(body, contentType, config.data().maxSize().asLongValue(),
                        (position, gene, json) -> handOff.add(new ParsedGene(gene, json)));
                handOff.finish();
            }
            long parsed = System.nanoTime();
            GeneColumns built = columns.build(pending.version(), summary.fields());
            // The summary and the JSON of the columns are made on a second core while the id list goes out to Redis.
            CompletableFuture<Derived> derived = CompletableFuture.supplyAsync(
                    () -> derive(summary.build(source, Instant.now(), pending.version(), built), built), executor);
            pending.addIds(built.ids());
            Derived extras = join(derived);
            long indexed = System.nanoTime();
            Long replaced = pending.commit(extras.summaryJson(), extras.columnsJson());
            views.announce(pending.version());
            LOG.debugf("Load phases: read and queue records %d ms, id list, summary and columns %d ms, writes and swap %d ms",
                    (parsed - started) / 1_000_000, (indexed - parsed) / 1_000_000, (System.nanoTime() - indexed) / 1_000_000);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            LOG.infof("Loaded %d HGNC records from %s in %d ms (data version %d, replaced %s)",
                    extras.records(), source, tookMs, pending.version(), replaced == null ? "none" : replaced);
            return new LoadResult(extras.records(), source, tookMs);
        } catch (RuntimeException e) {
            if (RedisFailures.isOutOfMemory(e)) {
                throw outOfMemory(source, started, e);
            }
            LOG.warnf("Loading the HGNC set from %s failed after %d ms; the current set is unchanged: %s",
                    source, (System.nanoTime() - started) / 1_000_000, e.getMessage());
            throw e;
        }
    }

    /**
     * The answer to a load that Redis refused for lack of memory, once its partial set is deleted: how much memory
     * Redis has and how much a reload needs, about twice the current set (it and the new one side by side).
     */
    private StoreFullException outOfMemory(String source, long started, RuntimeException refusal) {
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        RedisMemory memory;
        try {
            memory = writer.memory();
        } catch (RuntimeException measuring) {
            refusal.addSuppressed(measuring);
            LOG.warnf("Loading the HGNC set from %s failed after %d ms: Redis is out of memory (%s); its memory could "
                    + "not be measured: %s", source, tookMs, RedisFailures.reason(refusal), RedisFailures.reason(measuring));
            return new StoreFullException("Redis is out of memory (maxmemory): a reload needs room for the current set "
                    + "and the new one; raise maxmemory or delete the data first", refusal);
        }
        String limit = memory.max() == 0 ? "no maxmemory set" : "maxmemory " + megabytes(memory.max()) + " MB";
        String figures = limit + ", " + megabytes(memory.used()) + " MB used";
        LOG.warnf("Loading the HGNC set from %s failed after %d ms: Redis refused a write for lack of memory (%s, the "
                + "current set takes %d MB, a reload about %d MB); the partial set is deleted, the current one unchanged",
                source, tookMs, figures, megabytes(memory.currentSet()), megabytes(2 * memory.currentSet()));
        if (memory.currentSet() == 0) {
            return new StoreFullException("Redis is out of memory (" + figures + "): the new set does not fit beside "
                    + "what Redis holds; raise maxmemory or free memory in Redis", refusal);
        }
        return new StoreFullException("Redis is out of memory (" + figures + "): a reload needs room for the current "
                + "set and the new one, about " + megabytes(2 * memory.currentSet()) + " MB; raise maxmemory or delete "
                + "the data first (DELETE /data)", refusal);
    }

    private static long megabytes(long bytes) {
        return (bytes + MEGABYTE - 1) / MEGABYTE;
    }

    private Derived derive(GeneSetSummary summary, GeneColumns columns) {
        return new Derived(summary.records(), text(summary), text(columns));
    }

    private static Derived join(CompletableFuture<Derived> derived) {
        try {
            return derived.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** A record's facts, and its JSON as read. */
    private record ParsedGene(GeneFacts gene, byte[] json) {
    }

    /** The summary and the analysis columns of a set being loaded, as the JSON stored beside it. */
    private record Derived(int records, String summaryJson, String columnsJson) {
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
