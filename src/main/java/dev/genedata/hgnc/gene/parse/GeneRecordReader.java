package dev.genedata.hgnc.gene.parse;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import dev.genedata.hgnc.gene.model.GeneFacts;

/**
 * Reads an HGNC complete set as a stream of validated records: the official JSON
 * ({@code {"response":{"docs":[...]}}}), a JSON array of records, or the official TSV, each optionally
 * gzip-compressed (found by its magic bytes). Records go to a sink one at a time, each as its facts and
 * its JSON text, so a 30 MB file is never held whole, nor any record as a tree.
 */
public final class GeneRecordReader {

    /** Receives each record, in file order. */
    @FunctionalInterface
    public interface RecordSink {

        /**
         * Takes one validated record.
         *
         * @param index the record's 0-based position in the file
         * @param gene what indexes, counts and analyses need of the record
         * @param json the record as UTF-8 JSON text, with the types of HGNC's JSON whichever format it came
         *        in: from JSON, its own bytes in the file, layout included ({@link JsonText#compact} removes
         *        it); from TSV, the record written as JSON
         */
        void accept(int index, GeneFacts gene, byte[] json);
    }

    /** Why a JSON body in UTF-16 or UTF-32 is refused. */
    private static final String NOT_UTF8 = "the body looks UTF-16 or UTF-32 encoded: HGNC's files, and JSON exchanged "
            + "between systems (RFC 8259), are UTF-8; send it as UTF-8";

    private static final int BUFFER = 64 * 1024;
    private static final String FORMATS = "send the official JSON ({\"response\":{\"docs\":[...]}}), a JSON array of "
            + "records, or the TSV with its header line starting with hgnc_id (Content-Type: text/tab-separated-values), "
            + "optionally gzip-compressed";

    private GeneRecordReader() {
    }

    /** Reads every record into the sink, however large the data set; the body is read but not closed. */
    public static int read(InputStream body, String contentType, RecordSink sink) {
        return read(body, contentType, Long.MAX_VALUE, sink);
    }

    /**
     * Reads every record into the sink. The body is read but not closed; that stays with the caller.
     *
     * @param body the file, possibly gzip-compressed
     * @param contentType the declared content type, or null; {@code text/tab-separated-values} (any case, any
     *        parameters) means TSV, anything else is sniffed from the first bytes
     * @param maxBytes the most bytes read once decompressed
     * @param sink receives each record with its 0-based index, in file order
     * @return how many records were read, at least one
     * @throws MalformedDataException (400) naming what is wrong and where
     * @throws DataTooLargeException (413) when the decompressed data set has more than {@code maxBytes}
     */
    public static int read(InputStream body, String contentType, long maxBytes, RecordSink sink) {
        RecordValidator validator = new RecordValidator(sink);
        boolean gzip = false;
        InputStream keptOpen = new FilterInputStream(body) {
            @Override
            public void close() {
                // the caller owns the body: closing the decompressor and buffers on top of it leaves it open
            }
        };
        try (BufferedInputStream raw = new BufferedInputStream(keptOpen, BUFFER)) {
            gzip = startsWithGzipMagic(raw);
            InputStream decoded = gzip ? new GZIPInputStream(raw, BUFFER) : raw;
            try (BufferedInputStream in = new BufferedInputStream(new SizeLimit(decoded, maxBytes), BUFFER)) {
                switch (isTsv(contentType) ? Format.TSV : sniff(in)) {
                    case TSV -> TsvRecordReader.read(in, validator);
                    case JSON -> JsonRecordReader.read(in, validator);
                    case EMPTY -> throw new MalformedDataException("no records found: the body is empty");
                    default -> throw new MalformedDataException("the body is neither HGNC JSON nor HGNC TSV: " + FORMATS);
                }
            }
            return validator.finish();
        } catch (ZipException e) {
            throw new MalformedDataException("corrupt gzip data " + progress(validator.count()) + ": " + e.getMessage(), e);
        } catch (EOFException e) {
            if (gzip) {
                throw new MalformedDataException("truncated gzip stream: the compressed data ends "
                        + progress(validator.count()), e);
            }
            throw new MalformedDataException("could not read the body: it ended early", e);
        } catch (IOException e) {
            throw new MalformedDataException("could not read the body: " + e.getMessage(), e);
        }
    }

    private static String progress(int complete) {
        return complete == 0 ? "before the first complete record" : "after record " + (complete - 1);
    }

    private static boolean startsWithGzipMagic(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }

    private static boolean isTsv(String contentType) {
        return contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith("text/tab-separated-values");
    }

    /**
     * JSON when the first non-blank byte (after a byte order mark) opens an object or array; TSV by its header.
     * UTF-16 and UTF-32 (a byte order mark, or a zero byte among the first four) are refused.
     */
    private static Format sniff(BufferedInputStream in) throws IOException {
        in.mark(BUFFER);
        byte[] head = in.readNBytes(BUFFER - 1);
        in.reset();
        if (isUtf16Or32(head)) {
            throw new MalformedDataException(NOT_UTF8);
        }
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            i = 3;
        }
        if (i < head.length && head[i] == 'h') {
            return new String(head, i, Math.min(8, head.length - i), StandardCharsets.US_ASCII)
                    .equals("hgnc_id\t") ? Format.TSV : Format.UNKNOWN;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i == head.length) {
            return Format.EMPTY;
        }
        return head[i] == '{' || head[i] == '[' ? Format.JSON : Format.UNKNOWN;
    }

    private static boolean isUtf16Or32(byte[] head) {
        return head.length >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff
                || (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)
                || IntStream.range(0, Math.min(4, head.length)).anyMatch(i -> head[i] == 0);
    }

    private enum Format {
        JSON, TSV, EMPTY, UNKNOWN
    }
}
