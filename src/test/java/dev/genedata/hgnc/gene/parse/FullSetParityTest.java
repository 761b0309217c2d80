package dev.genedata.hgnc.gene.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.genedata.hgnc.gene.model.Chromosomes;

/**
 * The full HGNC set (43,882 records) in the shared data folder loads to identical records from the
 * gzip'd TSV and the gzip'd JSON, and every location in it maps to chromosomes. Skipped when the
 * folder is absent.
 */
class FullSetParityTest {

    private static final Path DATA = Path.of("..", "shared", "data");
    private static final Pattern NOT_PLACED = Pattern.compile("|reserved|unplaced|not on reference assembly");

    @Test
    void fullTsvAndJsonGiveIdenticalRecords() throws IOException {
        Path tsvFile = DATA.resolve("hgnc_complete_set.txt.gz");
        Path jsonFile = DATA.resolve("hgnc_complete_set.json.gz");
        Assumptions.assumeTrue(Files.exists(tsvFile) && Files.exists(jsonFile), "the full set is not present");
        List<ObjectNode> tsv = new ArrayList<>(44_000);
        try (InputStream in = Files.newInputStream(tsvFile)) {
            assertThat(GeneRecordReader.read(in, null, (index, gene, json) -> tsv.add((ObjectNode) Reading.tree(json)))).isEqualTo(43_882);
        }
        List<Integer> differing = new ArrayList<>();
        try (InputStream in = Files.newInputStream(jsonFile)) {
            int count = GeneRecordReader.read(in, "application/json", (index, gene, json) -> {
                if (index >= tsv.size() || !Reading.tree(json).equals(tsv.get(index))
                        || !gene.equals(Reading.facts(tsv.get(index)))) {
                    differing.add(index);
                }
            });
            assertThat(count).isEqualTo(tsv.size());
        }
        assertThat(differing).as("indexes of records that differ between JSON and TSV").isEmpty();
        assertThat(tsv.get(0).get("hgnc_id").asText()).isEqualTo("HGNC:5");
        List<String> unmapped = tsv.stream().map(record -> record.path("location").asText(""))
                .filter(location -> Chromosomes.fromLocation(location).isEmpty() != NOT_PLACED.matcher(location).matches())
                .toList();
        assertThat(unmapped).as("locations whose chromosomes are wrongly present or missing").isEmpty();
    }
}
