package dev.genedata.hgnc.hgncrest.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * An answer of the HGNC-compatible routes, written part by part: a short answer is one part, a long one
 * (every approved gene) its header, then pages of documents, then its end, read from the view only as each
 * part is written. Not thread-safe: written by one thread at a time, once.
 */
public abstract class HgncAnswer {

    private final AnswerFormat format;
    private final long version;
    private final long started;
    private boolean complete;

    /**
     * @param format the format it is written in
     * @param version the data version it answers from
     * @param started {@link System#nanoTime()} when the request began, for {@code QTime}
     */
    HgncAnswer(AnswerFormat format, long version, long started) {
        this.format = format;
        this.version = version;
        this.started = started;
    }

    /** The format it is written in. */
    public AnswerFormat format() {
        return format;
    }

    /** The data version it answers from. */
    public long version() {
        return version;
    }

    /**
     * Writes the next part.
     *
     * @return whether another part follows
     */
    public abstract boolean writeNext(OutputStream out) throws IOException;

    /** Writes every part that is left. */
    public void writeRest(OutputStream out) throws IOException {
        boolean more = true;
        while (more) {
            more = writeNext(out);
        }
    }

    /**
     * The next part as bytes, for a caller that sends each part when the client has taken the previous one.
     *
     * @throws IllegalStateException when the last part was written already
     */
    public byte[] nextPart() {
        if (complete) {
            throw new IllegalStateException("the answer is complete");
        }
        ByteArrayOutputStream part = new ByteArrayOutputStream(8192);
        try {
            complete = !writeNext(part);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return part.toByteArray();
    }

    /** Whether {@link #nextPart()} has given the last part. */
    public boolean complete() {
        return complete;
    }

    /** Milliseconds since the request began, as HGNC's {@code QTime}. */
    long qTime() {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
