package dev.genedata.hgnc.gene.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.support.SampleData;

/** Each record's bytes as they were in the file, compacted, are what a load stores. */
class RecordBytesTest {

    @Test
    void prettyPrintedRecordsComeOutCompactWithStringsUntouched() {
        String body = "{\n  \"response\" : {\n    \"docs\" : [\n      {\n        \"hgnc_id\" : \"HGNC:5\",\n"
                + "        \"symbol\" : \"A1BG\",\n        \"name\" : \"a \\\"quoted\\\" name\\twith  spaces \\\\\",\n"
                + "        \"gene_group_id\" : [ 594, 595 ]\n      } ,\n"
                + "      {\"hgnc_id\":\"HGNC:37133\",\"symbol\":\"A1BG-AS1\",\"name\":\"é – ü\"}\n    ]\n  }\n}\n";

        List<String> json = jsonOf(body.getBytes(StandardCharsets.UTF_8));

        // compacted here; the reader hands over the text with its layout
        assertThat(json).containsExactly(
                "{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"A1BG\",\"name\":\"a \\\"quoted\\\" name\\twith  spaces \\\\\","
                        + "\"gene_group_id\":[594,595]}",
                "{\"hgnc_id\":\"HGNC:37133\",\"symbol\":\"A1BG-AS1\",\"name\":\"é – ü\"}");
    }

    @Test
    void aByteOrderMarkAndAPlainArrayKeepTheOffsetsRight() {
        byte[] text = "[{\"hgnc_id\":\"HGNC:1\",\"symbol\":\"A\"},\r\n\t{\"hgnc_id\":\"HGNC:2\",\"symbol\":\"B\"}]"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(jsonOf(withBom)).containsExactly("{\"hgnc_id\":\"HGNC:1\",\"symbol\":\"A\"}",
                "{\"hgnc_id\":\"HGNC:2\",\"symbol\":\"B\"}");
    }

    @Test
    void recordsLargerThanTheParserBufferAreKeptWhole() {
        String longName = "x".repeat(200_000);
        String first = "{\"hgnc_id\":\"HGNC:1\",\"symbol\":\"A\",\"name\":\"" + longName + "\"}";
        String body = "[" + first + ",{\"hgnc_id\":\"HGNC:2\",\"symbol\":\"B\"}]";

        List<String> json = jsonOf(body.getBytes(StandardCharsets.UTF_8));

        assertThat(json.get(0)).isEqualTo(first);
        assertThat(json.get(1)).isEqualTo("{\"hgnc_id\":\"HGNC:2\",\"symbol\":\"B\"}");
    }

    @Test
    void theSampleAndItsTsvGiveTheSameRecordsAndEachJsonParsesToItsRecord() {
        // Reading.collect checks every record's bytes against its tree
        List<ObjectNode> json = Reading.read(SampleData.bytes(SampleData.JSON), null);
        List<ObjectNode> tsv = Reading.read(SampleData.bytes(SampleData.TSV), Reading.TSV);
        assertThat(json).hasSize(503).isEqualTo(tsv);
    }

    private static List<String> jsonOf(byte[] body) {
        List<String> json = new ArrayList<>();
        GeneRecordReader.read(new ByteArrayInputStream(body), null, (index, gene, bytes) -> {
            assertThat(gene).isEqualTo(Reading.facts((ObjectNode) Reading.tree(bytes)));
            json.add(new String(JsonText.compact(bytes), StandardCharsets.UTF_8));
        });
        return json;
    }
}
