package dev.genedata.hgnc.gene.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.support.SampleData;

/** Chromosome derivation for every form of {@code location} in HGNC's data. */
class ChromosomesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
        "19q13.43; 19",
        "1p36.33-p36.32; 1",
        "Xp22.33 and Yp11.2; X Y",
        "Xq28 and Yq12; X Y",
        "10q23.3 or 10q24.2; 10",
        "17q23-qter; 17",
        "2pter-q37.3; 2",
        "Xq28 not on reference assembly; X",
        "12 alternate reference locus; 12",
        "22q11.21 alternate reference locus; 22",
        "14 unplaced; 14",
        "13cen, GRCh38 novel patch; 13",
        "1; 1",
        "X; X",
        "Yq11.23; Y",
        "mitochondria; MT",
        "reserved; ''",
        "unplaced; ''",
        "not on reference assembly; ''",
        "'' ; ''",
        "null; ''",
    })
    void derivesChromosomes(String location, String expected) {
        Set<String> want = expected.isEmpty() ? Set.of() : Set.of(expected.split(" "));
        assertThat(Chromosomes.fromLocation(location)).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void everySampleLocationGivesValidChromosomes() {
        SampleData.records().forEach(record -> {
            String location = record.path("location").asText("");
            Set<String> chromosomes = Chromosomes.fromLocation(location);
            assertThat(Chromosomes.ALL).containsAll(chromosomes);
            if (location.matches("^([0-9]|X|Y).*")) {
                assertThat(chromosomes).as(location).isNotEmpty();
            }
        });
    }

    @Test
    void validValuesAreTheTwentyFiveChromosomes() {
        assertThat(Chromosomes.ALL).hasSize(25).startsWith("1", "2").endsWith("X", "Y", "MT");
        assertThat(Chromosomes.isValid("MT")).isTrue();
        assertThat(Chromosomes.isValid("23")).isFalse();
        assertThat(Chromosomes.isValid("x")).isFalse();
    }
}
