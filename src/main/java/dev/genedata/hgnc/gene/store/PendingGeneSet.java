package dev.genedata.hgnc.gene.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Command;

/**
 * A gene set being written: records go out in pipelined batches while the file is still being read;
 * {@link #addIndexes} queues the ids and indexes, {@link #commit} the summary and columns; it waits for
 * every write and swaps the set in.
 * Closing it without a commit deletes what was written and releases the lock, so a failed load leaves
 * the current set as it was.
 */
public final class PendingGeneSet implements AutoCloseable {

    private static final int BATCH = 250;

    private final GeneSetWriter writer;
    private final long version;
    private final String lockToken;
    private final String genesKey;
    private final List<CompletableFuture<?>> writes = new ArrayList<>();
    private Request batch;
    private int batched;
    private boolean committed;

    PendingGeneSet(GeneSetWriter writer, long version, String lockToken) {
        this.writer = writer;
        this.version = version;
        this.lockToken = lockToken;
        this.genesKey = GeneKeys.key(version, GeneKeys.GENES);
    }

    /** The version number this set will have. */
    public long version() {
        return version;
    }

    /** Queues one record (UTF-8 JSON) for writing. */
    public void add(int id, byte[] json) {
        if (batch == null) {
            batch = Request.cmd(Command.HSET).arg(genesKey);
        }
        batch.arg(id).arg(json);
        if (++batched == BATCH) {
            flush();
        }
    }

    /**
     * Queues the id list and the indexes for writing; they go out while the caller derives the rest.
     *
     * @param ids every id, ascending
     * @param indexes per indexed field, lower-cased value → ascending ids
     */
    public void addIndexes(int[] ids, Map<IndexedField, Map<String, int[]>> indexes) {
        flush();
        write(Request.cmd(Command.SET).arg(GeneKeys.key(version, GeneKeys.IDS)).arg(PackedIds.pack(ids, ids.length)));
        indexes.forEach((field, values) -> {
            if (values.isEmpty()) {
                return;
            }
            Request hset = Request.cmd(Command.HSET).arg(GeneKeys.key(version, GeneKeys.index(field)));
            values.forEach((value, matching) -> hset.arg(value).arg(PackedIds.pack(matching, matching.length)));
            write(hset);
        });
    }

    /**
     * Writes the rest of the set, waits for every write, and makes this set current.
     *
     * @param infoJson the summary {@code GET /info} answers
     * @param columnsJson the analysis columns, or null when there are none
     * @return the version this one replaced, or null
     */
    public Long commit(String infoJson, String columnsJson) {
        flush();
        write(Request.cmd(Command.SET).arg(GeneKeys.key(version, GeneKeys.INFO)).arg(infoJson));
        if (columnsJson != null) {
            write(Request.cmd(Command.SET).arg(GeneKeys.key(version, GeneKeys.COLUMNS)).arg(columnsJson));
        }
        awaitWrites();
        Long replaced = writer.swap(Long.toString(version));
        committed = true;
        return replaced;
    }

    /** Deletes an uncommitted set and releases the load lock. */
    @Override
    public void close() {
        try {
            if (!committed) {
                writes.forEach(write -> write.cancel(false));
                writer.discard(version);
            }
        } finally {
            writer.release(lockToken);
        }
    }

    private void flush() {
        if (batch != null) {
            write(batch);
            batch = null;
            batched = 0;
        }
    }

    private void write(Request request) {
        writes.add(writer.redis().send(request).subscribeAsCompletionStage());
    }

    private void awaitWrites() {
        try {
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new))
                    .get(writer.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("writing the data set to Redis failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("writing the data set to Redis timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the data set", e);
        }
    }
}
