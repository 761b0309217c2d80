package dev.genedata.hgnc.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The 503-record HGNC sample in the test resources, read independently of the service's own parser,
 * so that tests can compute the answers they expect from the file itself.
 */
public final class SampleData {

    /** The official-shape JSON sample. */
    public static final String JSON = "data/hgnc_sample.json";

    /** The same records as HGNC TSV. */
    public static final String TSV = "data/hgnc_sample.txt";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static List<ObjectNode> records;

    private SampleData() {
    }

    /** The raw bytes of a resource. */
    public static byte[] bytes(String resource) {
        try (InputStream in = SampleData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a text resource, its header line first. */
    public static List<String> lines(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8).lines().toList();
    }

    /** The bytes gzip-compressed. */
    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every record of the sample, in file order. */
    public static synchronized List<ObjectNode> records() {
        if (records == null) {
            try {
                JsonNode docs = MAPPER.readTree(bytes(JSON)).path("response").path("docs");
                List<ObjectNode> list = new ArrayList<>();
                docs.forEach(doc -> list.add((ObjectNode) doc));
                records = List.copyOf(list);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return records;
    }

    /** The record with this id. */
    public static ObjectNode record(String hgncId) {
        return records().stream().filter(r -> r.get("hgnc_id").asText().equals(hgncId)).findFirst().orElseThrow();
    }

    /** The hgnc_ids of the records that pass the test, in numeric id order. */
    public static List<String> ids(Predicate<ObjectNode> test) {
        return records().stream()
                .filter(test)
                .sorted(Comparator.comparingInt(SampleData::numericId))
                .map(r -> r.get("hgnc_id").asText())
                .toList();
    }

    /** Whether the record's text field equals the value, ignoring case. */
    public static boolean textIs(ObjectNode record, String field, String value) {
        return record.hasNonNull(field) && record.get(field).asText().equalsIgnoreCase(value);
    }

    /** Whether the record's array field holds the value, ignoring case. */
    public static boolean arrayHas(ObjectNode record, String field, String value) {
        if (!record.has(field)) {
            return false;
        }
        for (JsonNode element : record.get(field)) {
            if (element.asText().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The numeric part of the record's hgnc_id. */
    public static int numericId(ObjectNode record) {
        String id = record.get("hgnc_id").asText();
        return Integer.parseInt(id.substring(id.indexOf(':') + 1));
    }
}
