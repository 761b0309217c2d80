package dev.genedata.hgnc.gene.parse;

import static dev.genedata.hgnc.gene.parse.Reading.TSV;
import static dev.genedata.hgnc.gene.parse.Reading.read;
import static dev.genedata.hgnc.gene.parse.Reading.utf8;
import static dev.genedata.hgnc.support.SampleData.gzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.HgncSchema;
import dev.genedata.hgnc.support.SampleData;

/** The reader on well-formed input: both formats give identical records, in every accepted packaging. */
class GeneRecordReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void jsonAndTsvSamplesGiveIdenticalRecordsInFileOrder() {
        List<ObjectNode> json = read(SampleData.bytes(SampleData.JSON), "application/json");
        List<ObjectNode> tsv = read(SampleData.bytes(SampleData.TSV), TSV);
        assertThat(json).hasSize(503);
        assertThat(tsv).hasSize(503);
        for (int i = 0; i < json.size(); i++) {
            assertThat(tsv.get(i)).as("record %d", i).isEqualTo(json.get(i));
        }
        assertThat(json).isEqualTo(SampleData.records());
        List<String> tsvIds = utf8(SampleData.bytes(SampleData.TSV)).lines().skip(1)
                .map(line -> line.substring(0, line.indexOf('\t'))).toList();
        assertThat(tsv).extracting(r -> r.get("hgnc_id").asText()).containsExactlyElementsOf(tsvIds);
    }

    @Test
    void a1bgHasItsRealFieldsAndTypes() {
        ObjectNode a1bg = read(SampleData.bytes(SampleData.TSV), TSV).get(0);
        assertThat(a1bg.get("hgnc_id").asText()).isEqualTo("HGNC:5");
        assertThat(a1bg.get("symbol").asText()).isEqualTo("A1BG");
        assertThat(a1bg.get("name").asText()).isEqualTo("alpha-1-B glycoprotein");
        assertThat(a1bg.get("locus_group").asText()).isEqualTo("protein-coding gene");
        assertThat(a1bg.get("location").asText()).isEqualTo("19q13.43");
        assertThat(a1bg.get("gene_group")).isEqualTo(array("Immunoglobulin like domain containing"));
        assertThat(a1bg.get("mane_select")).isEqualTo(array("ENST00000263100.8", "NM_130786.4"));
        assertThat(a1bg.get("gene_group_id")).isEqualTo(MAPPER.createArrayNode().add(594));
        assertThat(a1bg.get("pubmed_id")).isEqualTo(MAPPER.createArrayNode().add(2591067));
        assertThat(a1bg.get("entrez_id").isTextual()).as("entrez_id is a string in HGNC's JSON").isTrue();
        assertThat(a1bg.get("entrez_id").asText()).isEqualTo("1");
        assertThat(a1bg.has("cosmic")).as("empty cells are omitted").isFalse();
        assertThat(a1bg.size()).isEqualTo(25);
    }

    @Test
    void keysFollowTheTsvColumnOrder() {
        for (ObjectNode record : read(SampleData.bytes(SampleData.TSV), TSV)) {
            List<String> keys = new ArrayList<>();
            record.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isEqualTo(HgncSchema.TSV_COLUMNS.stream().filter(record::has).toList());
        }
    }

    @Test
    void integerFieldsBecomeNumbers() {
        List<ObjectNode> records = read(SampleData.bytes(SampleData.TSV), TSV);
        ObjectNode adnp = byId(records, "HGNC:15766");
        assertThat(adnp.get("homeodb").isInt()).isTrue();
        assertThat(adnp.get("homeodb").intValue()).isEqualTo(8666);
        assertThat(adnp.get("orphanet").intValue()).isEqualTo(406010);
        ObjectNode brca2 = byId(records, "HGNC:1101");
        assertThat(brca2.get("pubmed_id")).isEqualTo(MAPPER.createArrayNode().add(8091231).add(7581463).add(15057823));
        assertThat(brca2.get("gene_group_id")).isEqualTo(MAPPER.createArrayNode().add(548));
    }

    @Test
    void lsdbKeepsNameUrlPairs() {
        List<ObjectNode> records = read(SampleData.bytes(SampleData.TSV), TSV);
        assertThat(byId(records, "HGNC:195").get("lsdb"))
                .isEqualTo(array("LRG_1203|http://ftp.ebi.ac.uk/pub/databases/lrgex/LRG_1203.xml"));
        JsonNode brca2 = byId(records, "HGNC:1101").get("lsdb");
        assertThat(brca2).hasSize(7);
        assertThat(brca2.get(0).asText()).isEqualTo("Breast Cancer|http://research.nhgri.nih.gov/bic/");
        assertThat(brca2.get(2).asText())
                .isEqualTo("BRCA1 database at LOVD-China|http://genomed.org/LOVD/BC/home.php?select_db=BRCA2");
        assertThat(brca2.get(6).asText()).isEqualTo("LRG_293|http://ftp.ebi.ac.uk/pub/databases/lrgex/LRG_293.xml");
        JsonNode tp53 = byId(records, "HGNC:11998").get("lsdb");
        assertThat(tp53).hasSize(5);
        assertThat(tp53.get(3).asText()).isEqualTo("MUTP53LOAD, Mutant p53 Loss Of Activity Database|http://www.umd.be:2072/");
    }

    @Test
    void plainJsonArrayGivesTheSameRecords() throws IOException {
        byte[] array = MAPPER.writeValueAsBytes(SampleData.records());
        assertThat(read(array, null)).isEqualTo(SampleData.records());
    }

    @Test
    void officialShapeMayListDocsAfterOtherKeysAndNumFoundIsIgnored() {
        ArrayNode docs = MAPPER.createArrayNode().addAll(SampleData.records().subList(0, 3));
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("extra").putArray("nested").add(MAPPER.createObjectNode().put("docs", "not these"));
        ObjectNode response = body.putObject("response");
        response.put("numFound", 99).put("start", 0).set("docs", docs);
        response.putObject("facets").put("docs", 1);
        body.putObject("responseHeader").put("status", 0);
        assertThat(read(body.toString(), "application/json")).isEqualTo(SampleData.records().subList(0, 3));
    }

    @Test
    void gzipIsFoundByItsMagicBytesInBothFormats() {
        assertThat(read(gzip(SampleData.bytes(SampleData.JSON)), "application/gzip")).isEqualTo(SampleData.records());
        assertThat(read(gzip(SampleData.bytes(SampleData.TSV)), null)).as("sniffed after decompression")
                .isEqualTo(SampleData.records());
        assertThat(read(gzip(SampleData.bytes(SampleData.TSV)), TSV)).isEqualTo(SampleData.records());
    }

    @Test
    void tsvContentTypeMayCarryParametersAndAnyCase() {
        byte[] tsv = SampleData.bytes(SampleData.TSV);
        assertThat(read(tsv, "text/tab-separated-values; charset=utf-8")).isEqualTo(SampleData.records());
        assertThat(read(tsv, " Text/Tab-Separated-Values;charset=UTF-8")).isEqualTo(SampleData.records());
        assertThat(read(tsv, "text/plain")).as("sniffed by its header").isEqualTo(SampleData.records());
        assertThat(read(tsv, null)).as("sniffed by its header").isEqualTo(SampleData.records());
    }

    @Test
    void crlfLineEndingsByteOrderMarksAndBlankLinesAreAccepted() {
        String tsv = utf8(SampleData.bytes(SampleData.TSV));
        assertThat(read("\uFEFF" + tsv.replace("\n", "\r\n") + "\r\n\n", TSV)).isEqualTo(SampleData.records());
        assertThat(read("\uFEFF" + utf8(SampleData.bytes(SampleData.JSON)), null)).isEqualTo(SampleData.records());
        assertThat(read("  \n[{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"A1BG\"}]\n", null)).hasSize(1);
    }

    @Test
    void tsvColumnsMayComeInAnyOrderAndKeysFollowTheHeader() {
        List<String> lines = utf8(SampleData.bytes(SampleData.TSV)).lines().toList();
        String reversed = lines.stream().map(line -> {
            List<String> cells = Arrays.asList(line.split("\t", -1));
            Collections.reverse(cells);
            return String.join("\t", cells);
        }).collect(Collectors.joining("\n", "", "\n"));
        assertThat(reversed).doesNotStartWith("hgnc_id");
        List<ObjectNode> records = read(reversed, TSV);
        assertThat(records).isEqualTo(SampleData.records());
        assertThat(records.get(0).fieldNames().next()).isEqualTo("mane_select");
    }

    @Test
    void unknownFieldsAreKeptUntouched() {
        String json = "{\"response\":{\"docs\":[{\"hgnc_id\":\"HGNC:5\",\"symbol\":\"A1BG\",\"uuid\":\"2b3a1f4e-0000\","
                + "\"_version_\":1812345678901234567,\"symbol_report_tag\":[\"tag one\"],\"custom\":{\"x\":1.5}}]}}";
        ObjectNode record = read(json, null).get(0);
        assertThat(record.get("uuid").asText()).isEqualTo("2b3a1f4e-0000");
        assertThat(record.get("_version_").isLong()).isTrue();
        assertThat(record.get("_version_").longValue()).isEqualTo(1812345678901234567L);
        assertThat(record.get("symbol_report_tag")).isEqualTo(array("tag one"));
        assertThat(record.get("custom").get("x").doubleValue()).isEqualTo(1.5);
    }

    @Test
    void sinkFailuresPassThroughAndTheBodyIsLeftOpen() {
        boolean[] closed = {false};
        ByteArrayInputStream body = new ByteArrayInputStream(SampleData.bytes(SampleData.JSON)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThat(GeneRecordReader.read(body, null, (index, gene, json) -> { })).isEqualTo(503);
        assertThat(closed[0]).isFalse();
        IllegalStateException failure = new IllegalStateException("store is down");
        assertThatThrownBy(() -> GeneRecordReader.read(new ByteArrayInputStream(gzip(SampleData.bytes(SampleData.TSV))),
                TSV, (index, gene, json) -> {
                    throw failure;
                })).isSameAs(failure);
    }

    @Test
    void aGzipBombStopsAtTheSizeLimitWith413() {
        byte[] spaces = new byte[4 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        spaces[0] = '[';
        byte[] bomb = gzip(spaces);
        assertThat(bomb.length).isLessThan(16 * 1024);

        DataTooLargeException e = catchThrowableOfType(DataTooLargeException.class,
                () -> GeneRecordReader.read(new ByteArrayInputStream(bomb), null, 1024 * 1024, (index, gene, json) -> { }));

        assertThat(e.getMessage()).contains("larger than 1048576 bytes once decompressed");
    }

    @Test
    void theSizeLimitCountsDecompressedBytesAndAllowsExactlyTheLimit() {
        byte[] sample = SampleData.bytes(SampleData.JSON);
        assertThat(GeneRecordReader.read(new ByteArrayInputStream(gzip(sample)), null, sample.length,
                (index, gene, json) -> { })).isEqualTo(503);
        assertThat(catchThrowableOfType(DataTooLargeException.class, () -> GeneRecordReader.read(
                new ByteArrayInputStream(sample), null, sample.length - 1, (index, gene, json) -> { }))).isNotNull();
    }

    private static ObjectNode byId(List<ObjectNode> records, String hgncId) {
        return records.stream().filter(r -> r.get("hgnc_id").asText().equals(hgncId)).findFirst().orElseThrow();
    }

    private static ArrayNode array(String... values) {
        ArrayNode array = MAPPER.createArrayNode();
        Arrays.stream(values).forEach(array::add);
        return array;
    }
}
