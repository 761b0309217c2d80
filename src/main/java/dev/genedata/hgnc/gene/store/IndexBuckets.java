package dev.genedata.hgnc.gene.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * The encoding of the indexes whose values are nearly all on one gene each ({@link IndexedField#bucketed()}:
 * symbols, aliases, previous symbols, about 100,000 values in HGNC's set). Such an index is a Redis hash of
 * {@value #COUNT} buckets: a value goes to the bucket its hash picks, and a bucket holds its values with their
 * ids as one JSON array of pairs, {@code ["a1bg",5,"a1bg-as1",37133]}, a value once per gene that has it.
 * <p>
 * One hash field per value would cost Redis as much, at load time, as storing the 43,882 records themselves;
 * buckets cost it about a thousand fields per index, and a lookup still reads one field. Every bucket is written,
 * empty ones as {@code []}, so that a lookup always finds its bucket.
 */
public final class IndexBuckets {

    /** Buckets per index: about 40 of HGNC's symbols each, under a kilobyte. */
    public static final int COUNT = 1024;

    private static final JsonFactory JSON = new JsonFactory();
    private static final int[] NONE = new int[0];

    private IndexBuckets() {
    }

    /**
     * The bucket of a value: {@link String#hashCode()} (which the Java language specifies) spread by Fibonacci
     * hashing, its top ten bits.
     *
     * @param value the value, lower-cased
     * @return 0 to {@value #COUNT} - 1
     */
    public static int of(String value) {
        return (value.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(COUNT));
    }

    /** The hash field a bucket is stored under: its number in decimal. */
    static String field(int bucket) {
        return Integer.toString(bucket);
    }

    /**
     * The ids a bucket holds for one value.
     *
     * @param bucket the bucket's JSON, as stored
     * @param value the value, lower-cased
     * @return the ids, ascending and each once; none when the bucket does not hold the value
     */
    public static int[] ids(String bucket, String value) {
        int[] ids = NONE;
        int found = 0;
        try (JsonParser parser = JSON.createParser(bucket)) {
            expect(parser.nextToken() == JsonToken.START_ARRAY, bucket);
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                boolean match = value.equals(parser.getText());
                expect(parser.nextToken() == JsonToken.VALUE_NUMBER_INT, bucket);
                if (match) {
                    if (found == ids.length) {
                        ids = Arrays.copyOf(ids, Math.max(4, found * 2));
                    }
                    ids[found++] = parser.getIntValue();
                }
            }
            expect(token == JsonToken.END_ARRAY, bucket);
        } catch (IOException e) {
            throw new UncheckedIOException("an index bucket in Redis is not JSON: " + bucket, e);
        }
        return PackedIds.sortedDistinct(ids, found);
    }

    private static void expect(boolean shape, String bucket) {
        if (!shape) {
            throw new IllegalStateException("an index bucket in Redis is not an array of value, id pairs: " + bucket);
        }
    }

    /** Fills the buckets of one index, pair by pair, as genes are read. */
    public static final class Builder {

        private final byte[][] buckets = new byte[COUNT][];
        private final int[] lengths = new int[COUNT];

        /**
         * Adds one gene's value.
         *
         * @param value the value, lower-cased
         * @param id the gene's id
         */
        public void add(String value, int id) {
            if (id < 0) {
                throw new IllegalArgumentException("gene ids are positive: " + id);
            }
            int bucket = of(value);
            byte[] quoted = isPlainAscii(value) ? null : JsonStringEncoder.getInstance().quoteAsUTF8(wellFormed(value));
            // '[' or ',', the quotes, ',' and ten digits at most
            byte[] bytes = room(bucket, (quoted == null ? value.length() : quoted.length) + 14);
            int at = lengths[bucket];
            bytes[at] = (byte) (at == 0 ? '[' : ',');
            at++;
            bytes[at++] = '"';
            if (quoted == null) {
                for (int i = 0; i < value.length(); i++) {
                    bytes[at++] = (byte) value.charAt(i);
                }
            } else {
                System.arraycopy(quoted, 0, bytes, at, quoted.length);
                at += quoted.length;
            }
            bytes[at++] = '"';
            bytes[at++] = ',';
            lengths[bucket] = writeDigits(bytes, at, id);
        }

        /** Every bucket's JSON, by bucket number; empty ones as {@code []}. */
        public byte[][] build() {
            byte[][] built = new byte[COUNT][];
            for (int bucket = 0; bucket < COUNT; bucket++) {
                if (buckets[bucket] == null) {
                    built[bucket] = new byte[] { '[', ']' };
                } else {
                    built[bucket] = Arrays.copyOf(buckets[bucket], lengths[bucket] + 1);
                    built[bucket][lengths[bucket]] = ']';
                }
            }
            return built;
        }

        /** The bucket's bytes with room for {@code more}. */
        private byte[] room(int bucket, int more) {
            byte[] bytes = buckets[bucket];
            if (bytes == null) {
                bytes = new byte[Math.max(64, more)];
                buckets[bucket] = bytes;
            } else if (lengths[bucket] + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, lengths[bucket] + more));
                buckets[bucket] = bytes;
            }
            return bytes;
        }

        private static int writeDigits(byte[] bytes, int at, int id) {
            int digits = 1;
            for (int rest = id / 10; rest > 0; rest /= 10) {
                digits++;
            }
            int end = at + digits;
            int rest = id;
            for (int i = end - 1; i >= at; i--) {
                bytes[i] = (byte) ('0' + rest % 10);
                rest /= 10;
            }
            return end;
        }

        /**
         * The value with each lone surrogate (valid in JSON's escapes, not in UTF-8) replaced by U+FFFD, as
         * UTF-8 encoders do; no query can hold one, so nothing is lost.
         */
        private static String wellFormed(String value) {
            StringBuilder fixed = null;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (pair) {
                    if (fixed != null) {
                        fixed.append(c).append(value.charAt(i + 1));
                    }
                    i++;
                } else if (Character.isSurrogate(c)) {
                    if (fixed == null) {
                        fixed = new StringBuilder(value.length()).append(value, 0, i);
                    }
                    fixed.append('\uFFFD');
                } else if (fixed != null) {
                    fixed.append(c);
                }
            }
            return fixed == null ? value : fixed.toString();
        }

        /** Whether the value needs no escaping and is one byte a character in UTF-8, as symbols nearly always are. */
        private static boolean isPlainAscii(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
                    return false;
                }
            }
            return true;
        }
    }
}
