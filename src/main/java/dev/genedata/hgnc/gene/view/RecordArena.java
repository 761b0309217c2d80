package dev.genedata.hgnc.gene.view;

import java.util.Arrays;

import org.apache.lucene.util.BytesRef;

/**
 * Every record of a view as stored in Redis, back to back in one array, with its id and symbol and the document of
 * each HGNC id:
 * a lookup by id or a hit's record is an array read, with nothing to decompress or parse (the full set is
 * about 30 MB). Documents are numbered in the order records were added, as the Lucene index numbers them.
 */
final class RecordArena {

    private final byte[] bytes;
    private final int[] starts;
    private final int[] ids;
    private final String[] symbols;
    private final int[] docById;

    private RecordArena(byte[] bytes, int[] starts, int[] ids, String[] symbols, int[] docById) {
        this.bytes = bytes;
        this.starts = starts;
        this.ids = ids;
        this.symbols = symbols;
        this.docById = docById;
    }

    /** The numeric HGNC id of a document. */
    int id(int doc) {
        return ids[doc];
    }

    /** The approved symbol of a document. */
    String symbol(int doc) {
        return symbols[doc];
    }

    /** The record of a document. */
    BytesRef record(int doc) {
        return new BytesRef(bytes, starts[doc], starts[doc + 1] - starts[doc]);
    }

    /** The document of an HGNC id; -1 when none. */
    int docOf(int hgncId) {
        return hgncId >= 0 && hgncId < docById.length ? docById[hgncId] : -1;
    }

    /** Collects records in document order. */
    static final class Builder {

        private byte[] bytes = new byte[1 << 20];
        private int[] starts = new int[1024];
        private int[] ids = new int[1024];
        private String[] symbols = new String[1024];
        private int size;
        private int maxId;

        void add(int hgncId, String symbol, byte[] record) {
            if (size + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ids = Arrays.copyOf(ids, ids.length * 2);
                symbols = Arrays.copyOf(symbols, symbols.length * 2);
            }
            int end = starts[size] + record.length;
            if (end > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(end, bytes.length * 2));
            }
            System.arraycopy(record, 0, bytes, starts[size], record.length);
            ids[size] = hgncId;
            symbols[size] = symbol;
            maxId = Math.max(maxId, hgncId);
            starts[++size] = end;
        }

        RecordArena build() {
            int[] docById = new int[size == 0 ? 0 : maxId + 1];
            Arrays.fill(docById, -1);
            for (int doc = 0; doc < size; doc++) {
                docById[ids[doc]] = doc;
            }
            return new RecordArena(Arrays.copyOf(bytes, starts[size]), Arrays.copyOf(starts, size + 1),
                    Arrays.copyOf(ids, size), Arrays.copyOf(symbols, size), docById);
        }
    }
}
