package dev.genedata.hgnc.gene.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.support.SampleData;

/** The reader: both formats give identical records; gzip; every kind of malformed input is a 400. */
class GeneRecordReaderTest {

    private static final String TSV = "text/tab-separated-values";

    @Test
    void jsonAndTsvSamplesGiveIdenticalRecords() {
        List<ObjectNode> json = read(SampleData.bytes(SampleData.JSON), "application/json");
        List<ObjectNode> tsv = read(SampleData.bytes(SampleData.TSV), TSV);
        assertThat(json).hasSize(503);
        assertThat(tsv).isEqualTo(json);
        assertThat(json).isEqualTo(SampleData.records());
    }

    @Test
    void a1bgHasItsRealFieldsAndTypes() {
        ObjectNode a1bg = read(SampleData.bytes(SampleData.TSV), TSV).stream()
                .filter(r -> r.get("hgnc_id").asText().equals("HGNC:5")).findFirst().orElseThrow();
        assertThat(a1bg.get("symbol").asText()).isEqualTo("A1BG");
        assertThat(a1bg.get("name").asText()).isEqualTo("alpha-1-B glycoprotein");
        assertThat(a1bg.get("location").asText()).isEqualTo("19q13.43");
        assertThat(a1bg.get("gene_group").isArray()).isTrue();
        assertThat(a1bg.get("gene_group_id").get(0).isIntegralNumber()).isTrue();
        assertThat(a1bg.get("gene_group_id").get(0).asInt()).isEqualTo(594);
        assertThat(a1bg.get("entrez_id").isTextual()).isTrue();
        assertThat(a1bg.has("vega_id")).isTrue();
        assertThat(a1bg.has("cosmic")).isFalse();
    }

    @Test
    void lsdbPairsStayPairs() {
        List<ObjectNode> records = read(SampleData.bytes(SampleData.TSV), TSV);
        ObjectNode many = records.stream().filter(r -> r.has("lsdb") && r.get("lsdb").size() >= 3).findFirst().orElseThrow();
        many.get("lsdb").forEach(pair -> assertThat(pair.asText()).matches("[^|]+\\|[^|]+"));
        ObjectNode single = records.stream().filter(r -> r.has("lsdb") && r.get("lsdb").size() == 1).findFirst().orElseThrow();
        assertThat(single.get("lsdb").get(0).asText()).contains("|http");
    }

    @Test
    void plainArrayAndGzipAndContentTypeParametersWork() throws IOException {
        List<ObjectNode> expected = SampleData.records();
        byte[] array = new ObjectMapper().writeValueAsBytes(expected);
        assertThat(read(array, null)).isEqualTo(expected);
        assertThat(read(gzip(SampleData.bytes(SampleData.JSON)), null)).isEqualTo(expected);
        assertThat(read(gzip(SampleData.bytes(SampleData.TSV)), "Text/Tab-Separated-Values; charset=utf-8"))
                .isEqualTo(expected);
        assertThat(read(SampleData.bytes(SampleData.TSV), "text/plain")).as("sniffed TSV").isEqualTo(expected);
    }

    @Test
    void truncatedJsonNamesWhere() {
        byte[] json = SampleData.bytes(SampleData.JSON);
        assertThatThrownBy(() -> read(Arrays.copyOf(json, json.length / 2), null))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageMatching("truncated JSON at line \\d+ column \\d+ after record \\d+ \\(\\d+ complete records\\)");
    }

    @Test
    void truncatedGzipIsNamed() throws IOException {
        byte[] gz = gzip(SampleData.bytes(SampleData.JSON));
        assertThatThrownBy(() -> read(Arrays.copyOf(gz, gz.length / 2), null))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageStartingWith("truncated gzip stream");
    }

    @Test
    void tsvLineWithWrongCellCountNamesTheLine() {
        String tsv = new String(SampleData.bytes(SampleData.TSV), StandardCharsets.UTF_8);
        String cut = tsv.substring(0, tsv.indexOf('\n', tsv.indexOf('\n') + 1) + 40);
        assertThatThrownBy(() -> read(cut.getBytes(StandardCharsets.UTF_8), TSV))
                .hasMessageMatching("line 3: expected 54 tab-separated fields, found \\d+");
    }

    @Test
    void typeErrorsNameRecordAndField() {
        assertThatThrownBy(() -> read("[{\"hgnc_id\":\"HGNC:1\",\"symbol\":\"A\",\"gene_group\":\"x\"}]", null))
                .hasMessage("record 0 (HGNC:1): field 'gene_group' must be an array of strings, found \"x\"");
        assertThatThrownBy(() -> read("[{\"hgnc_id\":\"HGNC:1\",\"symbol\":\"A\"},{\"hgnc_id\":\"HGNC:2\",\"symbol\":\"B\","
                + "\"pubmed_id\":[\"12\"]}]", null))
                .hasMessage("record 1 (HGNC:2): field 'pubmed_id' must be an array of integers, found [\"12\"]");
        assertThatThrownBy(() -> read("hgnc_id\tsymbol\thomeodb\nHGNC:1\tA\tabc\n", TSV))
                .hasMessage("line 2, field 'homeodb': 'abc' is not an integer");
    }

    @Test
    void idsMustBePresentWellFormedAndUnique() {
        assertThatThrownBy(() -> read("[{\"symbol\":\"A\"}]", null))
                .hasMessage("record 0: hgnc_id must be a string like \"HGNC:5\", found none");
        assertThatThrownBy(() -> read("[{\"hgnc_id\":\"5\",\"symbol\":\"A\"}]", null))
                .hasMessage("record 0: hgnc_id must be a string like \"HGNC:5\", found \"5\"");
        assertThatThrownBy(() -> read("[{\"hgnc_id\":\"HGNC:5\"}]", null))
                .hasMessage("record 0 (HGNC:5): symbol must be a non-empty string");
        assertThatThrownBy(() -> read("[{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"A\"},{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"B\"}]", null))
                .hasMessage("duplicate hgnc_id HGNC:5 at record 1 (first at record 0)");
        assertThatThrownBy(() -> read("[1]", null)).hasMessage("record 0: a record must be a JSON object, found number");
    }

    @Test
    void emptyOrForeignInputIsRejected() {
        assertThatThrownBy(() -> read("[]", null)).hasMessage("no records found: the file holds no HGNC record");
        assertThatThrownBy(() -> read("", null)).hasMessageStartingWith("the body is neither HGNC JSON nor HGNC TSV");
        assertThatThrownBy(() -> read("<html></html>", null)).hasMessageStartingWith("the body is neither");
        assertThatThrownBy(() -> read("{\"response\":{\"numFound\":0}}", null))
                .hasMessageStartingWith("the JSON object has no response.docs array");
        assertThatThrownBy(() -> read("[{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"A\"}] extra", null))
                .hasMessageStartingWith("malformed JSON at line 1");
    }

    @Test
    void fullSetsInBothFormatsGiveIdenticalRecords() throws IOException {
        Path data = Path.of("../shared/data");
        Assumptions.assumeTrue(Files.exists(data.resolve("hgnc_complete_set.txt.gz")), "full set not present");
        List<ObjectNode> tsv;
        List<ObjectNode> json;
        try (InputStream in = Files.newInputStream(data.resolve("hgnc_complete_set.txt.gz"))) {
            tsv = collect(in, TSV);
        }
        try (InputStream in = Files.newInputStream(data.resolve("hgnc_complete_set.json.gz"))) {
            json = collect(in, null);
        }
        assertThat(tsv).hasSize(43_882);
        assertThat(tsv).isEqualTo(json);
    }

    private static List<ObjectNode> read(String body, String contentType) {
        return read(body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private static List<ObjectNode> read(byte[] body, String contentType) {
        return collect(new ByteArrayInputStream(body), contentType);
    }

    private static List<ObjectNode> collect(InputStream in, String contentType) {
        List<ObjectNode> records = new ArrayList<>();
        int count = GeneRecordReader.read(in, contentType, (index, record) -> {
            assertThat(index).isEqualTo(records.size());
            records.add(record);
        });
        assertThat(count).isEqualTo(records.size());
        return records;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }
}
