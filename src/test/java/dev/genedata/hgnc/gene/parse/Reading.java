package dev.genedata.hgnc.gene.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs {@link GeneRecordReader} over bytes and collects what it hands to the sink, checking the indexes and
 * that each record's JSON bytes parse to the record itself.
 */
final class Reading {

    static final String TSV = "text/tab-separated-values";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Reading() {
    }

    static List<ObjectNode> read(String body, String contentType) {
        return read(body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    static List<ObjectNode> read(byte[] body, String contentType) {
        return collect(new ByteArrayInputStream(body), contentType);
    }

    static List<ObjectNode> collect(InputStream in, String contentType) {
        List<ObjectNode> records = new ArrayList<>();
        int count = GeneRecordReader.read(in, contentType, (index, record, json) -> {
            assertThat(index).isEqualTo(records.size());
            assertThat(tree(json)).as("the JSON bytes handed with record %d", index).isEqualTo(record);
            records.add(record);
        });
        assertThat(count).isEqualTo(records.size());
        return records;
    }

    /** Parses JSON bytes. */
    static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
