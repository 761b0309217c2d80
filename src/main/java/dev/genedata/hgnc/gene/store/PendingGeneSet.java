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
 * {@link #addIds} queues the id list, {@link #commit} the summary and columns; it waits for every write and swaps
 * the set in. Every write goes over one connection, so Redis applies them in the order they were queued. Each key
 * is created with the load's lease as its time to live, in the same step as its first write, and no further write
 * to it goes out before that one succeeded, so no key of the set ever exists without it: if the loader dies, the
 * keys expire with its lock.
 * Closing it without a commit deletes what was written and releases the lock, so a failed load leaves
 * the current set as it was.
 */
public final class PendingGeneSet implements AutoCloseable {

    private static final int BATCH = 250;

    private final GeneSetWriter writer;
    private final RedisConnection connection;
    private final long version;
    private final LoadLease lease;
    private final List<CompletableFuture<?>> writes = new ArrayList<>();
    private final Batch genes;
    private boolean committed;

    PendingGeneSet(GeneSetWriter writer, RedisConnection connection, long version, LoadLease lease) {
        this.writer = writer;
        this.connection = connection;
        this.version = version;
        this.lease = lease;
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
        set(GeneKeys.IDS, PackedIds.pack(ids));
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
        set(GeneKeys.INFO, infoJson);
        set(GeneKeys.COLUMNS, columnsJson);
        awaitWrites();
        lease.close(); // the swap releases the lock: a renewal after it would find the lock gone
        GeneSetWriter.Replaced replaced = writer.swap(Long.toString(version), lease.token());
        committed = true;
        return replaced == null ? null : replaced.version();
    }

    /** Stops renewing the lease, deletes an uncommitted set and releases the load lock. */
    @Override
    public void close() {
        lease.close();
        try {
            if (!committed) {
                writer.discard(connection, version);
            }
        } finally {
            connection.closeAndForget();
            writer.release(lease.token());
        }
    }

    /** Queues a SET of one of this version's string keys, which it creates with the lease as its time to live. */
    private void set(String suffix, String value) {
        write(Request.cmd(Command.SET).arg(GeneKeys.key(version, suffix)).arg(value).arg("PX").arg(lease.millis()));
    }

    private void write(Request request) {
        writes.add(connection.send(request).subscribeAsCompletionStage());
    }

    /**
     * Fields of one hash, sent in HSETs of {@value #BATCH} fields. The first creates the hash with the lease as its
     * time to live ({@link GeneKeys#HSET_EXPIRING}) and is awaited, so that no plain HSET can create it without one.
     */
    private final class Batch {

        private final String key;
        private Request request;
        private int fields;
        private boolean created;

        Batch(String key) {
            this.key = key;
        }

        void add(String field, byte[] value) {
            if (request == null) {
                request = created ? Request.cmd(Command.HSET).arg(key)
                        : GeneKeys.HSET_EXPIRING.eval(List.of(key)).arg(lease.millis());
            }
            request.arg(field).arg(value);
            if (++fields == BATCH) {
                flush();
            }
        }

        void flush() {
            if (request == null) {
                return;
            }
            if (created) {
                write(request);
            } else {
                connection.send(request).await().atMost(writer.timeout());
                created = true;
            }
            request = null;
            fields = 0;
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
