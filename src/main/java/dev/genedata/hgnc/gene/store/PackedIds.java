package dev.genedata.hgnc.gene.store;

import java.util.Arrays;

/**
 * The encoding of a set's id list in Redis: ascending numeric ids joined by commas, compact to store, one
 * value to fetch, cheap to parse.
 */
final class PackedIds {

    private static final int[] NONE = new int[0];

    private PackedIds() {
    }

    /** Joins the ids, sorted, into the stored form. */
    static String pack(int[] ids) {
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        StringBuilder packed = new StringBuilder(sorted.length * 6);
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0) {
                packed.append(',');
            }
            packed.append(sorted[i]);
        }
        return packed.toString();
    }

    /** Parses the stored form; {@code null} or empty gives no ids. */
    static int[] unpack(String packed) {
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
