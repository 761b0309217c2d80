package dev.genedata.hgnc.gene.parse;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads an HGNC complete set as a stream of validated records: the official JSON
 * ({@code {"response":{"docs":[...]}}}), a JSON array of records, or the official TSV, each optionally
 * gzip-compressed (found by its magic bytes). Records go to a sink one at a time, so a 30 MB file is
 * never held as one tree.
 */
public final class GeneRecordReader {

    /** Receives each record, in file order. */
    @FunctionalInterface
    public interface RecordSink {

        /**
         * @param index the record's 0-based position in the file
         * @param record the validated record
         */
        void accept(int index, ObjectNode record);
    }

    private static final int BUFFER = 64 * 1024;

    private GeneRecordReader() {
    }

    /**
     * Reads every record into the sink.
     *
     * @param body the file, possibly gzip-compressed
     * @param contentType the declared content type; {@code text/tab-separated-values} means TSV, anything
     *        else is sniffed
     * @return how many records were read
     * @throws MalformedDataException naming what is wrong and where
     */
    public static int read(InputStream body, String contentType, RecordSink sink) {
        try {
            BufferedInputStream in = decompressed(new BufferedInputStream(body, BUFFER));
            RecordValidator validator = new RecordValidator(sink);
            Format format = isTsv(contentType) ? Format.TSV : sniff(in);
            switch (format) {
                case TSV -> TsvRecordReader.read(in, validator);
                case JSON -> JsonRecordReader.read(in, validator);
                default -> throw new MalformedDataException("the body is neither HGNC JSON nor HGNC TSV: send the official "
                        + "JSON ({\"response\":{\"docs\":[...]}}), a JSON array of records, or the TSV with its header "
                        + "line (Content-Type: text/tab-separated-values), optionally gzip-compressed");
            }
            return validator.finish();
        } catch (EOFException e) {
            throw new MalformedDataException("truncated gzip stream: the file ends before its compressed data does", e);
        } catch (ZipException e) {
            throw new MalformedDataException("corrupt gzip data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MalformedDataException("could not read the body: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof EOFException) {
                throw new MalformedDataException("truncated gzip stream: the file ends before its compressed data does", e);
            }
            throw new MalformedDataException("could not read the body: " + e.getCause().getMessage(), e);
        }
    }

    private static BufferedInputStream decompressed(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == 0x1f && second == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
        }
        return in;
    }

    private static boolean isTsv(String contentType) {
        return contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith("text/tab-separated-values");
    }

    private static Format sniff(BufferedInputStream in) throws IOException {
        in.mark(BUFFER);
        byte[] head = in.readNBytes(BUFFER - 1);
        in.reset();
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i < head.length && (head[i] == '{' || head[i] == '[')) {
            return Format.JSON;
        }
        String start = new String(head, i, Math.min(8, head.length - i), java.nio.charset.StandardCharsets.US_ASCII);
        return start.startsWith("hgnc_id\t") ? Format.TSV : Format.UNKNOWN;
    }

    private enum Format {
        JSON, TSV, UNKNOWN
    }
}
