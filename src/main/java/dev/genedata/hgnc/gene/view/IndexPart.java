package dev.genedata.hgnc.gene.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * One segment of a view being built: an index writer over its own in-memory directory that indexes, on a thread of
 * its own, the documents handed to it in batches, in the order handed. A view of many records is built as a few
 * parts side by side, opened together as one reader, the parts' documents one after the other. Not thread-safe: one
 * caller hands documents over.
 */
final class IndexPart implements AutoCloseable {

    /** Documents handed to the indexing thread at a time. */
    private static final int BATCH = 500;
    /** Batches handed over and not yet indexed, at most: past that the caller waits instead of running ahead. */
    private static final int QUEUED_BATCHES = 8;

    /**
     * Each index file in one buffer: Lucene clones a file's input for every lookup, and a file held as a list of
     * small buffers is cloned buffer by buffer (most of a term lookup's time otherwise: 9-12 µs against 3 µs).
     */
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    private final IndexWriter writer;
    private final ExecutorService indexer;
    private final Semaphore queued = new Semaphore(QUEUED_BATCHES);
    /** The first failure of the indexing thread; nothing is indexed after it. */
    private final AtomicReference<Exception> failed = new AtomicReference<>();
    private List<Document> batch = new ArrayList<>(BATCH);
    private Future<?> committed;

    IndexPart(Analyzer analyzer, int number) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(512)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setUseCompoundFile(false);
        try {
            this.writer = new IndexWriter(directory, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.indexer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "gene-view-indexer-" + number);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Adds a document after those added before; waits while too many batches wait for the indexing thread. */
    void add(Document document) {
        batch.add(document);
        if (batch.size() == BATCH) {
            handOver();
        }
    }

    /** Starts writing the segment once every document handed over is indexed; {@link #open()} waits for it. */
    void commit() {
        handOver();
        committed = indexer.submit(() -> {
            if (failed.get() == null) {
                try {
                    writer.commit();
                    writer.close();
                } catch (IOException | RuntimeException e) {
                    failed.compareAndSet(null, e);
                }
            }
        });
    }

    /** The committed segment, for search. */
    DirectoryReader open() {
        try {
            committed.get();
            throwIfFailed();
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("indexing failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the view was being indexed", e);
        }
    }

    /** Stops the indexing thread and drops what was indexed, unless the segment was committed. */
    @Override
    public void close() {
        indexer.shutdownNow();
        try {
            if (!indexer.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the indexing thread did not stop within 10 s");
            }
            if (writer.isOpen()) {
                writer.rollback();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handOver() {
        throwIfFailed();
        if (batch.isEmpty()) {
            return;
        }
        List<Document> documents = batch;
        batch = new ArrayList<>(BATCH);
        try {
            queued.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the view was being indexed", e);
        }
        indexer.execute(() -> {
            try {
                for (Document document : documents) {
                    if (failed.get() == null) {
                        writer.addDocument(document);
                    }
                }
            } catch (IOException | RuntimeException e) {
                failed.compareAndSet(null, e);
            } finally {
                queued.release();
            }
        });
    }

    private void throwIfFailed() {
        Exception failure = failed.get();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw new UncheckedIOException((IOException) failure);
        }
    }
}
