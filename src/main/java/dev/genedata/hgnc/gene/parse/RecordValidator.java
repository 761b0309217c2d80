package dev.genedata.hgnc.gene.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Passes the records {@link RecordScanner} checked on to the sink, numbered in file order: the first one
 * with a problem, or with an {@code hgnc_id} an earlier record had, stops the read with a message that
 * names the record, its id and, in a TSV file, its line.
 */
final class RecordValidator {

    private final GeneRecordReader.RecordSink sink;
    /** Numeric id → index of the record that has it. */
    private final Map<Integer, Integer> seen = new HashMap<>(64 * 1024);
    private int count;

    RecordValidator(GeneRecordReader.RecordSink sink) {
        this.sink = sink;
    }

    /**
     * Passes one record on with its 0-based index, or stops the read.
     *
     * @param record the record as scanned
     * @param line its line in a TSV file, or 0 when the file is JSON
     * @param json the record's UTF-8 JSON text
     * @throws MalformedDataException when the record has a problem or a duplicate id
     */
    void accept(ScannedRecord record, int line, byte[] json) {
        int index = count;
        if (record.problem() != null) {
            throw new MalformedDataException(where(index, record.hgncId(), line) + ": " + record.problem());
        }
        Integer first = seen.putIfAbsent(record.facts().id(), index);
        if (first != null) {
            throw new MalformedDataException("duplicate hgnc_id " + record.hgncId() + " at record " + index
                    + (line > 0 ? ", line " + line : "") + " (first at record " + first + ")");
        }
        count++;
        sink.accept(index, record.facts(), json);
    }

    /** How many records passed; at least one is required. */
    int finish() {
        if (count == 0) {
            throw new MalformedDataException("no records found: the file holds no HGNC record");
        }
        return count;
    }

    /** How many records passed so far. */
    int count() {
        return count;
    }

    /** "record 17", then the id and the TSV line where known: "record 17 (HGNC:123, line 19)". */
    private static String where(int index, String hgncId, int line) {
        String details = Stream.of(hgncId, line > 0 ? "line " + line : null).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return "record " + index + (details.isEmpty() ? "" : " (" + details + ")");
    }
}
