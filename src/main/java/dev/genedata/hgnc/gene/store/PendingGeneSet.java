package dev.genedata.hgnc.gene.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;

/**
 * A gene set being written: records go out in pipelined batches while the file is still being read;
 * {@link #addIds} queues the id list, {@link #commit} the summary and columns; it waits for every write and swaps the set in. Every write goes
 * over one connection, so Redis applies them in the order they were queued.
 * Closing it without a commit deletes what was written and releases the lock, so a failed load leaves
 * the current set as it was.
 */
public final class PendingGeneSet implements AutoCloseable {

    private static final int BATCH = 250;

    private final GeneSetWriter writer;
    private final RedisConnection connection;
    private final long version;
    private final String lockToken;
    private final List<CompletableFuture<?>> writes = new ArrayList<>();
    private final Batch genes;
    private boolean committed;

    PendingGeneSet(GeneSetWriter writer, RedisConnection connection, long version, String lockToken) {
        this.writer = writer;
        this.connection = connection;
        this.version = version;
        this.lockToken = lockToken;
        this.genes = new Batch(GeneKeys.key(version, GeneKeys.GENES));
    }

    /** The version number this set will have. */
    public long version() {
        return version;
    }

    /** Queues one record (UTF-8 JSON) for writing. */
    public void add(int id, byte[] json) {
        genes.add(Integer.toString(id), json);
    }

    /**
     * Queues the id list for writing, after every record queued before.
     *
     * @param ids every id, in any order
     */
    public void addIds(int[] ids) {
        genes.flush();
        write(Request.cmd(Command.SET).arg(GeneKeys.key(version, GeneKeys.IDS)).arg(PackedIds.pack(ids)));
    }

    /**
     * Writes the rest of the set, waits for every write, and makes this set current.
     *
     * @param infoJson the summary {@code GET /info} answers
     * @param columnsJson the analysis columns
     * @return the version this one replaced, or null
     */
    public Long commit(String infoJson, String columnsJson) {
        genes.flush();
        write(Request.cmd(Command.SET).arg(GeneKeys.key(version, GeneKeys.INFO)).arg(infoJson));
        write(Request.cmd(Command.SET).arg(GeneKeys.key(version, GeneKeys.COLUMNS)).arg(columnsJson));
        awaitWrites();
        GeneSetWriter.Replaced replaced = writer.swap(Long.toString(version));
        committed = true;
        return replaced == null ? null : replaced.version();
    }

    /** Deletes an uncommitted set and releases the load lock. */
    @Override
    public void close() {
        try {
            if (!committed) {
                writer.discard(connection, version);
            }
        } finally {
            connection.closeAndForget();
            writer.release(lockToken);
        }
    }

    private void write(Request request) {
        writes.add(connection.send(request).subscribeAsCompletionStage());
    }

    /** Fields of one hash, sent in HSETs of {@value #BATCH} fields. */
    private final class Batch {

        private final String key;
        private Request request;
        private int fields;

        Batch(String key) {
            this.key = key;
        }

        void add(String field, byte[] value) {
            if (request == null) {
                request = Request.cmd(Command.HSET).arg(key);
            }
            request.arg(field).arg(value);
            if (++fields == BATCH) {
                flush();
            }
        }

        void flush() {
            if (request != null) {
                write(request);
                request = null;
                fields = 0;
            }
        }
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
