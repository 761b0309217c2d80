package dev.genedata.hgnc.gene.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.parse.HgncSchema.FieldType;

/**
 * Reads HGNC's TSV into the same records as HGNC's JSON: the header names the columns; an empty cell
 * is a missing field; a multi-valued cell is quoted and joined by {@code |}; {@code lsdb} holds
 * {@code name|url} pairs; integer fields become numbers.
 */
final class TsvRecordReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TsvRecordReader() {
    }

    static void read(InputStream in, RecordValidator validator) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
        String headerLine = reader.readLine();
        if (headerLine == null) {
            throw new MalformedDataException("no records found: the file is empty");
        }
        List<String> header = List.of(strip(headerLine).split("\t", -1));
        if (!header.contains("hgnc_id")) {
            throw new MalformedDataException("line 1: the TSV header has no hgnc_id column");
        }
        FieldType[] types = header.stream().map(HgncSchema::typeOf).toArray(FieldType[]::new);
        int lineNumber = 1;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = strip(line).split("\t", -1);
            if (cells.length != header.size()) {
                throw new MalformedDataException("line " + lineNumber + ": expected " + header.size()
                        + " tab-separated fields, found " + cells.length);
            }
            ObjectNode record = NODES.objectNode();
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].isEmpty()) {
                    record.set(header.get(c), value(header.get(c), types[c], cells[c], lineNumber));
                }
            }
            validator.accept(record, "line " + lineNumber);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode value(String field, FieldType type, String cell, int line) {
        return switch (type) {
            case STRING -> NODES.textNode(cell);
            case INTEGER -> number(integer(field, cell, line));
            case STRING_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                values(field, cell).forEach(array::add);
                yield array;
            }
            case INTEGER_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                values(field, cell).forEach(value -> array.add(number(integer(field, value, line))));
                yield array;
            }
        };
    }

    private static List<String> values(String field, String cell) {
        boolean quoted = cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"");
        if (!quoted) {
            return List.of(cell);
        }
        String[] parts = cell.substring(1, cell.length() - 1).split("\\|", -1);
        if (!"lsdb".equals(field)) {
            return List.of(parts);
        }
        java.util.ArrayList<String> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length; i += 2) {
            pairs.add(i + 1 < parts.length ? parts[i] + "|" + parts[i + 1] : parts[i]);
        }
        return pairs;
    }

    /** An int node where the value fits, as Jackson reads the same number from JSON. */
    private static com.fasterxml.jackson.databind.JsonNode number(long value) {
        return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }

    private static long integer(String field, String text, int line) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new MalformedDataException("line " + line + ", field '" + field + "': '"
                    + (text.length() > 30 ? text.substring(0, 30) + "…" : text) + "' is not an integer");
        }
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
