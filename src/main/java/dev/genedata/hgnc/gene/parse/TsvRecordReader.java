package dev.genedata.hgnc.gene.parse;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import dev.genedata.hgnc.common.error.Excerpt;
import dev.genedata.hgnc.gene.model.HgncSchema;
import dev.genedata.hgnc.gene.model.HgncSchema.FieldType;

/**
 * Reads HGNC's TSV into the same records as HGNC's JSON: the header names the columns (any order); an
 * empty cell is a missing field; a multi-valued cell is quoted and joined by {@code |}; {@code lsdb}
 * holds {@code name|url} pairs; integer fields become numbers. Keys follow the header's order.
 */
final class TsvRecordReader {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int MAX_SHOWN = 30;

    private TsvRecordReader() {
    }

    /** Reads every line after the header into the validator; a malformed line is named by its number. */
    static void read(InputStream in, RecordValidator validator) throws IOException {
        LastByte tracked = new LastByte(in);
        BufferedReader reader = new BufferedReader(new InputStreamReader(tracked, StandardCharsets.UTF_8), 64 * 1024);
        String headerLine = reader.readLine();
        if (headerLine == null) {
            throw new MalformedDataException("no records found: the file is empty");
        }
        List<String> header = header(headerLine);
        FieldType[] types = header.stream().map(HgncSchema::typeOf).toArray(FieldType[]::new);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
        RecordScanner scanner = new RecordScanner();
        int lineNumber = 1;
        String line;
        try (JsonGenerator json = FACTORY.createGenerator(buffer)) {
            json.setRootValueSeparator(null);
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                line = withoutCarriageReturn(line);
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != header.size()) {
                    throw new MalformedDataException("line " + lineNumber + ": expected " + header.size()
                            + " tab-separated fields, found " + cells.length);
                }
                json.writeStartObject();
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        json.writeFieldName(header.get(c));
                        value(json, header.get(c), types[c], cells[c], lineNumber, c + 1);
                    }
                }
                json.writeEndObject();
                json.flush();
                byte[] record = buffer.toByteArray();
                buffer.reset();
                validator.accept(scan(scanner, record), lineNumber, record);
            }
        }
        if (tracked.last != '\n') {
            // The line read last may be cut anywhere, even inside its last cell, and still look whole.
            throw new MalformedDataException("line " + lineNumber + ": the file ends without a line break, so it looks "
                    + "truncated; HGNC's TSV ends every line, the last one too, with a line break");
        }
    }

    /** The column names; a leading byte order mark is dropped, and hgnc_id must be among them, once. */
    private static List<String> header(String line) {
        String text = withoutCarriageReturn(line);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> header = List.of(text.split("\t", -1));
        if (!header.contains("hgnc_id")) {
            throw new MalformedDataException("line 1: the TSV header has no hgnc_id column; it must name the columns, "
                    + "as HGNC's hgnc_complete_set.txt does");
        }
        Set<String> seen = new HashSet<>();
        header.stream().filter(column -> !seen.add(column)).findFirst().ifPresent(column -> {
            throw new MalformedDataException("line 1: the TSV header names column '" + Excerpt.of(column, MAX_SHOWN)
                    + "' twice");
        });
        return header;
    }

    /** Checks a record written from a line, as records in JSON are checked. */
    private static ScannedRecord scan(RecordScanner scanner, byte[] record) throws IOException {
        try (JsonParser parser = FACTORY.createParser(record)) {
            parser.nextToken();
            return scanner.scan(parser, (from, to) -> Arrays.copyOfRange(record, (int) from, (int) to));
        }
    }

    private static void value(JsonGenerator json, String field, FieldType type, String cell, int line, int column)
            throws IOException {
        switch (type) {
            case STRING -> json.writeString(cell);
            case INTEGER -> json.writeNumber(integer(field, cell, line, column));
            case STRING_ARRAY -> {
                String[] values = values(field, cell).toArray(String[]::new);
                json.writeArray(values, 0, values.length);
            }
            case INTEGER_ARRAY -> {
                long[] values = values(field, cell).stream().mapToLong(value -> integer(field, value, line, column))
                        .toArray();
                json.writeArray(values, 0, values.length);
            }
        }
    }

    /** The values of an array cell: one when unquoted, else split on '|' ({@code lsdb}: into name|url pairs). */
    private static List<String> values(String field, String cell) {
        boolean quoted = cell.length() >= 2 && cell.charAt(0) == '"' && cell.charAt(cell.length() - 1) == '"';
        if (!quoted) {
            return List.of(cell);
        }
        String[] parts = cell.substring(1, cell.length() - 1).split("\\|", -1);
        if (!"lsdb".equals(field)) {
            return List.of(parts);
        }
        List<String> pairs = new ArrayList<>(parts.length / 2 + 1);
        for (int i = 0; i < parts.length; i += 2) {
            pairs.add(i + 1 < parts.length ? parts[i] + "|" + parts[i + 1] : parts[i]);
        }
        return pairs;
    }

    /** The cell's integer; a sign is allowed for negative numbers only, as in JSON. */
    private static long integer(String field, String text, int line, int column) {
        try {
            if (text.isEmpty() || text.charAt(0) == '+') {
                throw new NumberFormatException();
            }
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new MalformedDataException("line " + line + ", column " + column + " (" + field + "): '"
                    + Excerpt.of(text, MAX_SHOWN) + "' is not an integer");
        }
    }

    /** The stream, remembering the last byte read from it. */
    private static final class LastByte extends FilterInputStream {

        private int last = -1;

        LastByte(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                last = b;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            if (read > 0) {
                last = buffer[offset + read - 1];
            }
            return read;
        }
    }

    private static String withoutCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
