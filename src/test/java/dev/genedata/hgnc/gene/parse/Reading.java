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

import dev.genedata.hgnc.gene.model.Chromosomes;
import dev.genedata.hgnc.gene.model.FieldSet;
import dev.genedata.hgnc.gene.model.GeneFacts;

/**
 * Runs {@link GeneRecordReader} over bytes and collects the records it hands to the sink, as trees parsed
 * from their JSON, checking the indexes and that the facts taken on the token stream are the ones the tree
 * holds.
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
        int count = GeneRecordReader.read(in, contentType, (index, gene, json) -> {
            assertThat(index).isEqualTo(records.size());
            ObjectNode record = (ObjectNode) tree(json);
            assertThat(gene).as("the facts of record %d", index).isEqualTo(facts(record));
            records.add(record);
        });
        assertThat(count).isEqualTo(records.size());
        return records;
    }

    /** The facts of a record, taken from its tree: what the reader must find on the token stream. */
    static GeneFacts facts(ObjectNode record) {
        List<String> fields = new ArrayList<>();
        record.fieldNames().forEachRemaining(fields::add);
        String hgncId = record.get("hgnc_id").asText();
        return new GeneFacts(Integer.parseInt(hgncId.substring("HGNC:".length())), record.get("symbol").asText(),
                text(record, "locus_group"), text(record, "locus_type"), text(record, "status"),
                Chromosomes.fromLocation(text(record, "location")), strings(record, "gene_group"),
                text(record, "date_approved_reserved"),
                text(record, "date_modified"), FieldSet.of(fields));
    }

    private static String text(ObjectNode record, String field) {
        JsonNode node = record.get(field);
        return node == null ? null : node.asText();
    }

    private static List<String> strings(ObjectNode record, String field) {
        List<String> values = new ArrayList<>();
        record.path(field).forEach(value -> values.add(value.asText()));
        return values;
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
