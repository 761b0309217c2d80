package dev.genedata.hgnc.gene.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.util.BytesRef;

/**
 * Every record of a view as stored in Redis, back to back in pages of 256 KiB, with its id and symbol and the
 * document of each HGNC id: a lookup by id or a hit's record is an array read, with nothing to decompress or parse
 * (the full set is about 30 MB). Pages, not one array grown by doubling as records come: no copy of what is held
 * already, and no array large enough to need the garbage collector's special handling. Documents are numbered in
 * the order records were added, as the Lucene index numbers them.
 */
final class RecordArena {

    /** The size of a page; a record longer than that has a page of its own. */
    static final int PAGE = 256 * 1024;

    private final byte[][] pages;
    /** Per document: its page, its offset in the page, its length. */
    private final int[] pageOf;
    private final int[] offsets;
    private final int[] lengths;
    private final int[] ids;
    private final String[] symbols;
    private final int[] docById;

    private RecordArena(byte[][] pages, int[] pageOf, int[] offsets, int[] lengths, int[] ids, String[] symbols,
            int[] docById) {
        this.pages = pages;
        this.pageOf = pageOf;
        this.offsets = offsets;
        this.lengths = lengths;
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
        return new BytesRef(pages[pageOf[doc]], offsets[doc], lengths[doc]);
    }

    /** The document of an HGNC id; -1 when none. */
    int docOf(int hgncId) {
        return hgncId >= 0 && hgncId < docById.length ? docById[hgncId] : -1;
    }

    /** Collects records in document order. */
    static final class Builder {

        private final List<byte[]> pages = new ArrayList<>();
        private byte[] page = new byte[PAGE];
        private int used;
        private int[] pageOf = new int[1024];
        private int[] offsets = new int[1024];
        private int[] lengths = new int[1024];
        private int[] ids = new int[1024];
        private String[] symbols = new String[1024];
        private int size;
        private int maxId;

        void add(int hgncId, String symbol, byte[] record) {
            if (size == ids.length) {
                int capacity = 2 * size;
                pageOf = Arrays.copyOf(pageOf, capacity);
                offsets = Arrays.copyOf(offsets, capacity);
                lengths = Arrays.copyOf(lengths, capacity);
                ids = Arrays.copyOf(ids, capacity);
                symbols = Arrays.copyOf(symbols, capacity);
            }
            if (used + record.length > page.length) {
                pages.add(Arrays.copyOf(page, used));
                page = new byte[Math.max(PAGE, record.length)];
                used = 0;
            }
            System.arraycopy(record, 0, page, used, record.length);
            pageOf[size] = pages.size();
            offsets[size] = used;
            lengths[size] = record.length;
            used += record.length;
            ids[size] = hgncId;
            symbols[size] = symbol;
            maxId = Math.max(maxId, hgncId);
            size++;
        }

        RecordArena build() {
            pages.add(Arrays.copyOf(page, used));
            int[] docById = new int[size == 0 ? 0 : maxId + 1];
            Arrays.fill(docById, -1);
            for (int doc = 0; doc < size; doc++) {
                docById[ids[doc]] = doc;
            }
            return new RecordArena(pages.toArray(byte[][]::new), Arrays.copyOf(pageOf, size),
                    Arrays.copyOf(offsets, size), Arrays.copyOf(lengths, size), Arrays.copyOf(ids, size), Arrays.copyOf(symbols, size), docById);
        }
    }
}
