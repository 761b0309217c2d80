package dev.genedata.hgnc.gene.parse;

import java.util.Arrays;

/** JSON text as bytes, made compact for storage. */
public final class JsonText {

    private JsonText() {
    }

    /**
     * The JSON without the whitespace between tokens; strings stay exactly as they were. The input must be
     * valid JSON (the parser has read it); the same array comes back when there is nothing to remove.
     */
    public static byte[] compact(byte[] json) {
        byte[] out = null;
        int n = 0;
        int i = 0;
        while (i < json.length) {
            byte b = json[i];
            if (b == '"') {
                int end = endOfString(json, i);
                if (out != null) {
                    System.arraycopy(json, i, out, n, end - i);
                }
                n += end - i;
                i = end;
                continue;
            }
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                if (out == null) {
                    out = new byte[json.length];
                    System.arraycopy(json, 0, out, 0, n);
                }
            } else {
                if (out != null) {
                    out[n] = b;
                }
                n++;
            }
            i++;
        }
        return out == null ? json : Arrays.copyOf(out, n);
    }

    /** The index just past the closing quote of the string that opens at {@code start}. */
    private static int endOfString(byte[] json, int start) {
        int i = start + 1;
        while (i < json.length) {
            byte b = json[i];
            if (b == '\\') {
                i += 2;
            } else if (b == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return json.length;
    }
}
