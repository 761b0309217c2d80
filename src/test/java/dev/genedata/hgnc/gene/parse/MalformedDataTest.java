package dev.genedata.hgnc.gene.parse;

import static dev.genedata.hgnc.gene.parse.Reading.TSV;
import static dev.genedata.hgnc.gene.parse.Reading.read;
import static dev.genedata.hgnc.gene.parse.Reading.utf8;
import static dev.genedata.hgnc.support.SampleData.gzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.HgncSchema;
import dev.genedata.hgnc.support.SampleData;

/** Every kind of malformed input is a 400 whose message says what is wrong and where. */
class MalformedDataTest {

    private static final String FORMATS = "the body is neither HGNC JSON nor HGNC TSV: send the official JSON";

    @Test
    void truncatedJsonNamesLineColumnAndTheLastCompleteRecord() {
        byte[] json = SampleData.bytes(SampleData.JSON);
        String half = Reading.utf8(Arrays.copyOf(json, json.length / 2));
        long lines = half.chars().filter(c -> c == '\n').count() + 1;
        int lastLineLength = half.length() - half.lastIndexOf('\n') - 1;
        AtomicInteger received = new AtomicInteger();
        MalformedDataException e = catchThrowableOfType(MalformedDataException.class, () -> GeneRecordReader.read(
                new ByteArrayInputStream(Arrays.copyOf(json, json.length / 2)), null,
                (index, gene, bytes) -> received.incrementAndGet()));
        Matcher m = Pattern.compile("truncated JSON at line " + lines + " column (\\d+) after record (\\d+) \\((\\d+) complete records\\)")
                .matcher(e.getMessage());
        assertThat(m.matches()).as(e.getMessage()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isBetween(1, lastLineLength + 1);
        assertThat(Integer.parseInt(m.group(2))).isEqualTo(received.get() - 1);
        assertThat(Integer.parseInt(m.group(3))).isEqualTo(received.get()).isBetween(200, 300);

        assertThat(failure("{\"response\":{\"docs\":[{\"hgnc_id\":\"HG", null))
                .isEqualTo("truncated JSON at line 1 column 36 before the first complete record");
    }

    @Test
    void jsonSyntaxErrorsAndTrailingContentNameTheSpot() {
        String one = "{\"hgnc_id\":\"HGNC:1\",\"symbol\":\"A\"}";
        assertThat(failure("[" + one + ",\n{\"hgnc_id\" \"HGNC:2\"}]", null))
                .startsWith("malformed JSON at line 2 column 12 after record 0 (1 complete records): Unexpected character");
        assertThat(failure("[" + one + "] extra", null)).startsWith("malformed JSON at line 1 column ")
                .contains("after record 0");
        assertThat(failure("[" + one + "][" + one + "]", null))
                .isEqualTo("unexpected content after the JSON value at line 1 column 36");
    }

    @Test
    void truncatedOrCorruptGzipIsNamed() {
        byte[] json = gzip(SampleData.bytes(SampleData.JSON));
        assertThat(failure(Arrays.copyOf(json, json.length / 2), null))
                .matches("truncated gzip stream: the compressed data ends after record \\d+");
        byte[] tsv = gzip(SampleData.bytes(SampleData.TSV));
        assertThat(failure(Arrays.copyOf(tsv, tsv.length - 4), TSV))
                .as("only the trailer missing").isEqualTo("truncated gzip stream: the compressed data ends after record 502");
        assertThat(failure(Arrays.copyOf(tsv, 12), TSV))
                .isEqualTo("truncated gzip stream: the compressed data ends before the first complete record");
        byte[] corrupt = tsv.clone();
        corrupt[2] = 7;
        assertThat(failure(corrupt, TSV))
                .isEqualTo("corrupt gzip data before the first complete record: Unsupported compression method");
    }

    @Test
    void tsvLineWithWrongCellCountNamesTheLine() {
        List<String> lines = utf8(SampleData.bytes(SampleData.TSV)).lines().toList();
        String cut = lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 40) + "\n" + lines.get(3);
        assertThat(failure(cut, TSV)).isEqualTo("line 3: expected 54 tab-separated fields, found "
                + lines.get(2).substring(0, 40).split("\t", -1).length);
        assertThat(failure("hgnc_id\tsymbol\nHGNC:1\tA\textra\n", TSV))
                .isEqualTo("line 2: expected 2 tab-separated fields, found 3");
    }

    @Test
    void tsvNonNumericIntegerNamesLineAndColumn() {
        assertThat(failure("hgnc_id\tsymbol\thomeodb\nHGNC:1\tA\t12\nHGNC:2\tB\tabc\n", TSV))
                .isEqualTo("line 3, column 3 (homeodb): 'abc' is not an integer");
        assertThat(failure("hgnc_id\tsymbol\tpubmed_id\nHGNC:1\tA\t\"123|4x5\"\n", TSV))
                .isEqualTo("line 2, column 3 (pubmed_id): '4x5' is not an integer");
        assertThat(failure("hgnc_id\tsymbol\torphanet\nHGNC:1\tA\t+7\n", TSV))
                .isEqualTo("line 2, column 3 (orphanet): '+7' is not an integer");
    }

    @Test
    void tsvHeaderMustNameHgncIdOnce() {
        assertThat(failure("symbol\tname\nA\tB\n", TSV)).startsWith("line 1: the TSV header has no hgnc_id column");
        assertThat(failure("hgnc_id\tsymbol\tsymbol\nHGNC:1\tA\tA\n", TSV))
                .isEqualTo("line 1: the TSV header names column 'symbol' twice");
    }

    @Test
    void wrongJsonTypesNameRecordIdAndField() {
        List<ObjectNode> sample = SampleData.records().stream().map(ObjectNode::deepCopy).toList();
        ObjectNode seventeenth = sample.get(17);
        seventeenth.put("gene_group", "Immunoglobulin like domain containing");
        ObjectNode body = new ObjectMapper().createObjectNode();
        body.putObject("response").putArray("docs").addAll(sample);
        assertThat(failure(body.toString(), null)).isEqualTo("record 17 (" + seventeenth.get("hgnc_id").asText()
                + "): field 'gene_group' must be an array of strings, found \"Immunoglobulin like domain containing\"");

        String a = "{\"hgnc_id\":\"HGNC:1\",\"symbol\":\"A\"}";
        assertThat(failure("[" + a + ",{\"hgnc_id\":\"HGNC:2\",\"symbol\":\"B\",\"pubmed_id\":[\"12\"]}]", null))
                .isEqualTo("record 1 (HGNC:2): field 'pubmed_id' must be an array of integers, found [\"12\"]");
        assertThat(failure("[{\"hgnc_id\":\"HGNC:2\",\"symbol\":\"B\",\"gene_group_id\":[1.5]}]", null))
                .isEqualTo("record 0 (HGNC:2): field 'gene_group_id' must be an array of integers, found [1.5]");
        assertThat(failure("[{\"hgnc_id\":\"HGNC:2\",\"symbol\":\"B\",\"homeodb\":\"12\"}]", null))
                .isEqualTo("record 0 (HGNC:2): field 'homeodb' must be an integer, found \"12\"");
        assertThat(failure("[{\"hgnc_id\":\"HGNC:2\",\"symbol\":\"B\",\"entrez_id\":2}]", null))
                .isEqualTo("record 0 (HGNC:2): field 'entrez_id' must be a string, found 2");
    }

    @Test
    void aWrongValueIsQuotedAsWrittenAndShortened() {
        assertThat(failure("[{\"hgnc_id\":\"HGNC:2\",\"symbol\":\"B\",\"gene_group\":[\"ok\", {\"a\": [1, 2]}]}]", null))
                .isEqualTo("record 0 (HGNC:2): field 'gene_group' must be an array of strings, found [\"ok\",{\"a\":[1,2]}]");
        assertThat(failure("[{\"symbol\":\"B\",\"name\":null,\"hgnc_id\":\"HGNC:2\"}]", null))
                .as("the id is named even when it comes after the wrong field")
                .isEqualTo("record 0 (HGNC:2): field 'name' must be a string, found null");
        assertThat(failure("[{\"hgnc_id\":\"HGNC:2\",\"symbol\":\"B\",\"name\":{\"symbol\":1},"
                + "\"location\":{\"hgnc_id\":\"HGNC:9\",\"x\":[{}]},\"status\":\"Approved\"}]", null))
                .as("a wrong value is passed over whole, the first one named, the second too")
                .isEqualTo("record 0 (HGNC:2): field 'name' must be a string, found {\"symbol\":1}");
        String longGroup = "x".repeat(100);
        assertThat(failure("[{\"hgnc_id\":\"HGNC:2\",\"symbol\":\"B\",\"gene_group\":\"" + longGroup + "\"}]", null))
                .isEqualTo("record 0 (HGNC:2): field 'gene_group' must be an array of strings, found \""
                        + "x".repeat(59) + "…");
    }

    @Test
    void aFieldMayAppearOnlyOnceInARecord() {
        assertThat(failure("[{\"hgnc_id\":\"HGNC:1\",\"symbol\":\"A\",\"symbol\":\"B\"}]", null))
                .isEqualTo("record 0 (HGNC:1): field 'symbol' appears more than once");
        assertThat(failure("[{\"hgnc_id\":\"HGNC:1\",\"symbol\":\"A\",\"custom\":1,\"custom\":{}}]", null))
                .as("fields HGNC does not list too").isEqualTo("record 0 (HGNC:1): field 'custom' appears more than once");
    }

    @Test
    void jsonThatIsNotUtf8IsRefused() {
        String json = "[{\"hgnc_id\":\"HGNC:1\",\"symbol\":\"A\"}]";
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16,
                Charset.forName("UTF-32"))) {
            assertThat(failure(json.getBytes(charset), null)).as(charset.name())
                    .isEqualTo("the body looks UTF-16 or UTF-32 encoded: HGNC's files, and JSON exchanged between "
                            + "systems (RFC 8259), are UTF-8; send it as UTF-8");
        }
    }

    @Test
    void hgncIdMustBePresentWellFormedAndUnique() {
        assertThat(failure("[{\"symbol\":\"A\"}]", null))
                .isEqualTo("record 0: hgnc_id must be a string like \"HGNC:5\", found none");
        for (String bad : List.of("\"5\"", "\"HGNC:0\"", "\"HGNC:05\"", "\"hgnc:5\"", "\"HGNC:5 \"", "\"HGNC:\"",
                "\"HGNC:1234567890\"", "\"HGNC:1x\"", "5", "null", "[\"HGNC:5\"]")) {
            assertThat(failure("[{\"hgnc_id\":" + bad + ",\"symbol\":\"A\"}]", null))
                    .isEqualTo("record 0: hgnc_id must be a string like \"HGNC:5\", found " + bad);
        }
        assertThat(failure("hgnc_id\tsymbol\nHGNC:1\tA\nHGNC:x\tB\n", TSV))
                .isEqualTo("record 1 (line 3): hgnc_id must be a string like \"HGNC:5\", found \"HGNC:x\"");
        assertThat(failure("[{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"A\"},{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"B\"}]", null))
                .isEqualTo("duplicate hgnc_id HGNC:5 at record 1 (first at record 0)");
        assertThat(failure("hgnc_id\tsymbol\nHGNC:5\tA\nHGNC:6\tB\n\nHGNC:5\tC\n", TSV))
                .isEqualTo("duplicate hgnc_id HGNC:5 at record 2, line 5 (first at record 0)");
    }

    @Test
    void symbolMustBeANonEmptyString() {
        assertThat(failure("[{\"hgnc_id\":\"HGNC:5\"}]", null))
                .isEqualTo("record 0 (HGNC:5): symbol must be a non-empty string, found none");
        assertThat(failure("[{\"hgnc_id\":\"HGNC:5\",\"symbol\":\" \"}]", null))
                .isEqualTo("record 0 (HGNC:5): symbol must be a non-empty string, found \" \"");
        assertThat(failure("hgnc_id\tsymbol\tname\nHGNC:5\t\tx\n", TSV))
                .isEqualTo("record 0 (HGNC:5, line 2): symbol must be a non-empty string, found none");
    }

    @Test
    void recordsMustBeObjects() {
        assertThat(failure("[1]", null)).isEqualTo("record 0: a record must be a JSON object, found number");
        assertThat(failure("{\"response\":{\"docs\":[{\"hgnc_id\":\"HGNC:1\",\"symbol\":\"A\"},[]]}}", null))
                .isEqualTo("record 1: a record must be a JSON object, found array");
    }

    @Test
    void emptyInputHasNoRecords() {
        assertThat(failure("", null)).isEqualTo("no records found: the body is empty");
        assertThat(failure(" \r\n\t", "application/json")).isEqualTo("no records found: the body is empty");
        assertThat(failure("", TSV)).isEqualTo("no records found: the file is empty");
        assertThat(failure(gzip(new byte[0]), null)).isEqualTo("no records found: the body is empty");
        assertThat(failure("[]", null)).isEqualTo("no records found: the file holds no HGNC record");
        assertThat(failure("{\"responseHeader\":{},\"response\":{\"numFound\":0,\"docs\":[]}}", null))
                .isEqualTo("no records found: the file holds no HGNC record");
        assertThat(failure(HgncSchema.TSV_COLUMNS.stream().reduce((a, b) -> a + "\t" + b).orElseThrow() + "\n", null))
                .isEqualTo("no records found: the file holds no HGNC record");
    }

    @Test
    void foreignInputNamesTheAcceptedFormats() {
        for (String foreign : List.of("<html><body>Not found</body></html>", "hello world", "42", "\"text\"",
                "symbol\thgnc_id\nA\tHGNC:1\n")) {
            assertThat(failure(foreign, null)).as(foreign).startsWith(FORMATS).contains("text/tab-separated-values");
        }
        assertThat(failure("{\"response\":{\"numFound\":0}}", null))
                .startsWith("the JSON object has no response.docs array");
        assertThat(failure("{\"hgnc_id\":\"HGNC:1\",\"symbol\":\"A\"}", null))
                .startsWith("the JSON object has no response.docs array");
    }

    @Test
    void aTsvCutInsideItsLastCellIsTruncatedNotAShorterRecord() {
        // The cut line still has every column, so without the check it loaded with a shortened last value.
        assertThat(failure("hgnc_id\tsymbol\tname\nHGNC:5\tA1BG\talpha-1-B glyco", TSV))
                .isEqualTo("line 2: the file ends without a line break, so it looks truncated; HGNC's TSV ends every "
                        + "line, the last one too, with a line break");
        assertThat(read("hgnc_id\tsymbol\r\nHGNC:5\tA1BG\r\n".getBytes(StandardCharsets.UTF_8), TSV)).hasSize(1);
    }

    private static String failure(String body, String contentType) {
        return failure(body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private static String failure(byte[] body, String contentType) {
        MalformedDataException e = catchThrowableOfType(MalformedDataException.class, () -> read(body, contentType));
        assertThat(e).as("a MalformedDataException").isNotNull();
        return e.getMessage();
    }
}
