package dev.genedata.hgnc.gene.view;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Every whole value of the {@link ViewField#IDENTIFYING identifying} fields of one view, lower-cased, with the
 * documents and fields that hold it, so that a list of many thousand symbols and ids is resolved value by value
 * without a Lucene query each. An open-addressing hash table over the values' UTF-8 bytes, stored back to back in
 * one array: the full set's 490,000 values take about 15 MB, a third of what a {@code HashMap<String, int[]>}
 * of them takes. Immutable once built.
 */
public final class ExactValues {

    /** The low bits of an entry hold the field's ordinal, the others the document. */
    private static final int FIELD_BITS = 5;
    private static final ViewField[] FIELDS = ViewField.values();
    private static final int[] NONE = new int[0];

    static {
        if (FIELDS.length > 1 << FIELD_BITS) {
            throw new IllegalStateException("more view fields than an entry has bits for");
        }
    }

    /** The values' UTF-8 bytes, back to back. */
    private final byte[] bytes;
    /** Value {@code k} is {@code bytes[keyStart[k], keyStart[k + 1])}. */
    private final int[] keyStart;
    /** {@code k + 1} of the value that hashed to each slot, 0 for an empty slot; a power of two long. */
    private final int[] slots;
    /** Value {@code k}'s entries are {@code entries[entryStart[k], entryStart[k + 1])}. */
    private final int[] entryStart;
    /** {@code doc << FIELD_BITS | field ordinal}, in document order per value. */
    private final int[] entries;

    private ExactValues(byte[] bytes, int[] keyStart, int[] slots, int[] entryStart, int[] entries) {
        this.bytes = bytes;
        this.keyStart = keyStart;
        this.slots = slots;
        this.entryStart = entryStart;
        this.entries = entries;
    }

    /**
     * Where this whole value occurs, ignoring case: one entry per document and field, read with {@link #doc} and
     * {@link #field}; empty when nowhere.
     */
    public int[] find(String value) {
        byte[] key = value.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        for (int slot = hash(key) & mask;; slot = (slot + 1) & mask) {
            int k = slots[slot] - 1;
            if (k < 0) {
                return NONE;
            }
            if (Arrays.equals(bytes, keyStart[k], keyStart[k + 1], key, 0, key.length)) {
                return Arrays.copyOfRange(entries, entryStart[k], entryStart[k + 1]);
            }
        }
    }

    /** The document of an entry. */
    public static int doc(int entry) {
        return entry >>> FIELD_BITS;
    }

    /** The field of an entry. */
    public static ViewField field(int entry) {
        return FIELDS[entry & ((1 << FIELD_BITS) - 1)];
    }

    /** How many distinct values it holds. */
    public int size() {
        return keyStart.length - 1;
    }

    /** The heap its arrays take, in bytes. */
    public long heapBytes() {
        return bytes.length + 4L * (keyStart.length + slots.length + entryStart.length + entries.length);
    }

    private static int hash(byte[] key) {
        int h = 0;
        for (byte b : key) {
            h = 31 * h + b;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** Collects values document by document; not thread-safe. */
    static final class Builder {

        private byte[] bytes = new byte[1 << 16];
        private int[] keyStart = new int[(1 << 12) + 1];
        /** Each value's hash, so that growing the table and probing past other values read no bytes. */
        private int[] keyHash = new int[1 << 12];
        private int keys;
        private int[] slots = new int[1 << 13];
        /** Per value, the first and last of its entries, chained through {@code entryNext} until the build. */
        private int[] firstEntry = new int[1 << 12];
        private int[] lastEntry = new int[1 << 12];
        private int[] entryValue = new int[1 << 12];
        private int[] entryNext = new int[1 << 12];
        private int entryCount;

        /**
         * Records that a document holds a value in a field.
         *
         * @param lowerCased the value, lower-cased with {@link Locale#ROOT}
         */
        void add(String lowerCased, ViewField field, int doc) {
            byte[] key = lowerCased.getBytes(StandardCharsets.UTF_8);
            int hash = hash(key);
            int entry = doc << FIELD_BITS | field.ordinal();
            int slot = slotOf(key, hash);
            int k = slots[slot] - 1;
            if (k < 0) {
                k = newKey(key, hash);
                slots[slot] = k + 1;
                if (2 * keys > slots.length) {
                    rehash();
                }
            } else if (entryValue[lastEntry[k]] == entry) {
                return;
            }
            append(k, entry);
        }

        /** The finished table; the builder is not used after. */
        ExactValues build() {
            int[] starts = new int[keys + 1];
            int[] packed = new int[entryCount];
            int at = 0;
            for (int k = 0; k < keys; k++) {
                starts[k] = at;
                for (int e = firstEntry[k]; e >= 0; e = entryNext[e]) {
                    packed[at++] = entryValue[e];
                }
            }
            starts[keys] = at;
            return new ExactValues(Arrays.copyOf(bytes, keyStart[keys]), Arrays.copyOf(keyStart, keys + 1), slots, starts,
                    packed);
        }

        /** The slot that holds this key, or the empty slot where it goes (linear probing). */
        private int slotOf(byte[] key, int hash) {
            int mask = slots.length - 1;
            for (int slot = hash & mask;; slot = (slot + 1) & mask) {
                int k = slots[slot] - 1;
                if (k < 0 || keyHash[k] == hash && Arrays.equals(bytes, keyStart[k], keyStart[k + 1], key, 0, key.length)) {
                    return slot;
                }
            }
        }

        private int newKey(byte[] key, int hash) {
            int end = keyStart[keys];
            if (end + key.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, end + key.length));
            }
            System.arraycopy(key, 0, bytes, end, key.length);
            if (keys == firstEntry.length) {
                int capacity = 2 * keys;
                firstEntry = Arrays.copyOf(firstEntry, capacity);
                lastEntry = Arrays.copyOf(lastEntry, capacity);
                keyHash = Arrays.copyOf(keyHash, capacity);
                keyStart = Arrays.copyOf(keyStart, capacity + 1);
            }
            firstEntry[keys] = -1;
            keyHash[keys] = hash;
            keyStart[keys + 1] = end + key.length;
            return keys++;
        }

        private void append(int k, int entry) {
            if (entryCount == entryValue.length) {
                entryValue = Arrays.copyOf(entryValue, 2 * entryCount);
                entryNext = Arrays.copyOf(entryNext, 2 * entryCount);
            }
            int e = entryCount++;
            entryValue[e] = entry;
            entryNext[e] = -1;
            if (firstEntry[k] < 0) {
                firstEntry[k] = e;
            } else {
                entryNext[lastEntry[k]] = e;
            }
            lastEntry[k] = e;
        }

        private void rehash() {
            int[] larger = new int[2 * slots.length];
            int mask = larger.length - 1;
            for (int k = 0; k < keys; k++) {
                int slot = keyHash[k] & mask;
                while (larger[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                larger[slot] = k + 1;
            }
            slots = larger;
        }
    }
}
