package dev.genedata.hgnc.gene.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Splits a load over two cores: the calling thread parses records and hands them over in batches;
 * a second thread takes them in order (in a load: indexes, counts, serializes and queues each record
 * for Redis). A failure on either side stops both and surfaces in the calling thread.
 *
 * @param <T> what is handed over
 */
final class RecordHandOff<T> implements AutoCloseable {

    private static final int BATCH = 512;
    private final List<T> end = List.of();

    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(16);
    private final Thread consumer;
    private volatile RuntimeException failure;
    private List<T> batch = new ArrayList<>(BATCH);

    /** Starts the consuming thread. */
    RecordHandOff(Consumer<T> sink) {
        this.consumer = new Thread(() -> consume(sink), "hgnc-load");
        this.consumer.setDaemon(true);
        this.consumer.start();
    }

    /** Hands one record over; rethrows the consumer's failure if it has failed. */
    void add(T record) {
        batch.add(record);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Hands the last records over and waits until every record is consumed. */
    void finish() {
        put(batch);
        put(end);
        join();
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the consumer if it still runs (after a parse failure). */
    @Override
    public void close() {
        if (consumer.isAlive()) {
            consumer.interrupt();
            join();
        }
    }

    private void consume(Consumer<T> sink) {
        try {
            while (true) {
                List<T> records = queue.take();
                if (records == end) {
                    return;
                }
                records.forEach(sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void put(List<T> records) {
        try {
            while (!queue.offer(records, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null) {
                    throw failure;
                }
                if (!consumer.isAlive()) {
                    throw new IllegalStateException("the load thread stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void join() {
        try {
            consumer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
