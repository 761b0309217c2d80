package dev.genedata.hgnc.gene.parse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The input of the JSON parser, kept from the start of the current record on, so that each record's
 * own bytes can be stored as they came instead of serializing them again. The parser reads ahead, so
 * what must be kept is one record plus one parser buffer; what came before the current record is
 * dropped only when room is needed, so that each byte is moved about once.
 */
final class RecordBytes extends FilterInputStream {

    private byte[] kept = new byte[256 * 1024];
    /** Offset in the whole input of {@code kept[0]}. */
    private long keptFrom;
    private int keptLength;
    /** Offset in the whole input of the current record's start: what comes before it may be dropped. */
    private long needed;

    RecordBytes(InputStream in) {
        super(in);
    }

    /** Lets go of what was read before {@code offset}, the start of the next record. */
    void startAt(long offset) {
        needed = Math.max(needed, offset);
    }

    /** The bytes from {@code from} to {@code to}, offsets in the whole input. */
    byte[] slice(long from, long to) {
        int start = (int) (from - keptFrom);
        int end = (int) (to - keptFrom);
        if (start < 0 || end > keptLength || start > end) {
            throw new IllegalStateException("record bytes " + from + ".." + to + " are no longer kept");
        }
        return Arrays.copyOfRange(kept, start, end);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            ensureRoom(1);
            kept[keptLength++] = (byte) b;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            ensureRoom(n);
            System.arraycopy(buffer, offset, kept, keptLength, n);
            keptLength += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.min(n, 8192)];
        return Math.max(0, read(skipped, 0, skipped.length));
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void ensureRoom(int more) {
        if (keptLength + more <= kept.length) {
            return;
        }
        int drop = (int) Math.min(keptLength, Math.max(0, needed - keptFrom));
        System.arraycopy(kept, drop, kept, 0, keptLength - drop);
        keptLength -= drop;
        keptFrom += drop;
        if (keptLength + more > kept.length) {
            kept = Arrays.copyOf(kept, Math.max(kept.length * 2, keptLength + more));
        }
    }
}
