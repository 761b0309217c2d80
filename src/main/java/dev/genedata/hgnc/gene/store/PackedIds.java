package dev.genedata.hgnc.gene.store;

import java.util.Arrays;

/**
 * The encoding of id lists in Redis: ascending numeric ids joined by commas. Compact to store, one
 * value to fetch, and cheap to parse into sorted arrays that intersect in linear time.
 */
public final class PackedIds {

    private static final int[] NONE = new int[0];

    private PackedIds() {
    }

    /** Joins ascending ids into the stored form. */
    public static String pack(int[] ids, int length) {
        StringBuilder packed = new StringBuilder(length * 6);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                packed.append(',');
            }
            packed.append(ids[i]);
        }
        return packed.toString();
    }

    /** Parses the stored form; {@code null} or empty gives no ids. */
    public static int[] unpack(String packed) {
        if (packed == null || packed.isEmpty()) {
            return NONE;
        }
        int[] ids = new int[countCommas(packed) + 1];
        int n = 0;
        int value = 0;
        for (int i = 0; i < packed.length(); i++) {
            char c = packed.charAt(i);
            if (c == ',') {
                ids[n++] = value;
                value = 0;
            } else {
                value = value * 10 + (c - '0');
            }
        }
        ids[n] = value;
        return ids;
    }

    /**
     * The first {@code length} ids, ascending and each once; the array itself when it is that already.
     *
     * @param ids the ids, in any order; left as they are
     */
    public static int[] sortedDistinct(int[] ids, int length) {
        boolean ascending = true;
        for (int i = 1; i < length && ascending; i++) {
            ascending = ids[i] > ids[i - 1];
        }
        if (ascending) {
            return length == ids.length ? ids : Arrays.copyOf(ids, length);
        }
        int[] copy = Arrays.copyOf(ids, length);
        Arrays.sort(copy);
        int distinct = 0;
        for (int i = 0; i < copy.length; i++) {
            if (distinct == 0 || copy[i] != copy[distinct - 1]) {
                copy[distinct++] = copy[i];
            }
        }
        return distinct == copy.length ? copy : Arrays.copyOf(copy, distinct);
    }

    /** The ids in both ascending arrays, ascending. */
    public static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The ids in either ascending array, ascending and without repeats. */
    public static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next;
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                next = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                next = b[j++];
            } else {
                next = a[i++];
                j++;
            }
            out[n++] = next;
        }
        return Arrays.copyOf(out, n);
    }

    private static int countCommas(String packed) {
        int commas = 0;
        for (int i = 0; i < packed.length(); i++) {
            if (packed.charAt(i) == ',') {
                commas++;
            }
        }
        return commas;
    }
}
