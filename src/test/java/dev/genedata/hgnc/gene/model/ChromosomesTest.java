package dev.genedata.hgnc.gene.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.genedata.hgnc.support.SampleData;

/** Chromosome derivation for every form of {@code location} in HGNC's data. */
class ChromosomesTest {

    /** Every form of location in the full set (digits vary), with the chromosomes it names, in order. */
    static Stream<Arguments> locations() {
        return Stream.of(
                Arguments.of("19q13.43", "19"),
                Arguments.of("1p36.33", "1"),
                Arguments.of("1p36.33-p36.32", "1"),
                Arguments.of("11q23.3-q25", "11"),
                Arguments.of("1p36.13-q41", "1"),
                Arguments.of("Xq28", "X"),
                Arguments.of("Xp22.33", "X"),
                Arguments.of("Xq11.2-q12", "X"),
                Arguments.of("Xp11.23-p11.22", "X"),
                Arguments.of("Yq11.23", "Y"),
                Arguments.of("Yp11.2", "Y"),
                Arguments.of("Yq11.222-q11.223", "Y"),
                Arguments.of("Xp22.33 and Yp11.2", "X Y"),
                Arguments.of("Xq28 and Yq12", "X Y"),
                Arguments.of("10q23.3 or 10q24.2", "10"),
                Arguments.of("17q23-qter", "17"),
                Arguments.of("22pter-q11", "22"),
                Arguments.of("17q12b", "17"),
                Arguments.of("Xq28 not on reference assembly", "X"),
                Arguments.of("Xp11.23-p11.22 not on reference assembly", "X"),
                Arguments.of("Yq11.23 not on reference assembly", "Y"),
                Arguments.of("6p21.33 not on reference assembly", "6"),
                Arguments.of("15 not on reference assembly", "15"),
                Arguments.of("12 alternate reference locus", "12"),
                Arguments.of("22q11.21 alternate reference locus", "22"),
                Arguments.of("6p22.1 alternate reference locus", "6"),
                Arguments.of("14 unplaced", "14"),
                Arguments.of("13cen, GRCh38 novel patch", "13"),
                Arguments.of("1", "1"),
                Arguments.of("22", "22"),
                Arguments.of("X", "X"),
                Arguments.of("mitochondria", "MT"),
                Arguments.of("reserved", ""),
                Arguments.of("unplaced", ""),
                Arguments.of("not on reference assembly", ""),
                Arguments.of("", ""),
                Arguments.of(null, ""));
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @MethodSource("locations")
    void derivesChromosomesInKaryotypeOrder(String location, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
        assertThat(Chromosomes.fromLocation(location)).containsExactlyElementsOf(want);
    }

    @Test
    void everyLocationFormInTheSampleIsInTheTable() {
        Set<String> tableForms = locations().map(a -> form((String) a.get()[0])).collect(Collectors.toSet());
        Set<String> sampleForms = SampleData.lines(SampleData.TSV).stream().skip(1)
                .map(line -> line.split("\t", -1)[6]).map(ChromosomesTest::form).collect(Collectors.toSet());
        assertThat(sampleForms).hasSizeGreaterThanOrEqualTo(15);
        assertThat(tableForms).containsAll(sampleForms);
    }

    @Test
    void everySampleLocationGivesValidChromosomes() {
        SampleData.records().forEach(record -> {
            String location = record.path("location").asText("");
            Set<String> chromosomes = Chromosomes.fromLocation(location);
            assertThat(Chromosomes.ALL).as(location).containsAll(chromosomes);
            if (location.matches("^([0-9]|X|Y).*")) {
                assertThat(chromosomes).as(location).isNotEmpty();
            }
            if (location.contains(" and ")) {
                assertThat(chromosomes).as(location).containsExactly("X", "Y");
            } else {
                assertThat(chromosomes).as(location).hasSizeLessThanOrEqualTo(1);
            }
        });
    }

    @Test
    void orderIsKaryotypeOrderWhateverTheLocationSays() {
        assertThat(Chromosomes.fromLocation("Yp11.2 and Xp22.33")).containsExactly("X", "Y");
        assertThat(Chromosomes.fromLocation("2q11 or 10q23.3")).containsExactly("2", "10");
    }

    @Test
    void validValuesAreTheTwentyFiveChromosomes() {
        assertThat(Chromosomes.ALL).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
                "14", "15", "16", "17", "18", "19", "20", "21", "22", "X", "Y", "MT");
        assertThat(Chromosomes.isValid("MT")).isTrue();
        assertThat(Chromosomes.isValid("22")).isTrue();
        assertThat(Chromosomes.isValid("23")).isFalse();
        assertThat(Chromosomes.isValid("x")).isFalse();
        assertThat(Chromosomes.isValid(null)).isFalse();
        assertThat(Chromosomes.fromLocation("23q11")).isEmpty();
        assertThat(Chromosomes.fromLocation("0p1")).isEmpty();
    }

    /** A location with its numbers replaced: {@code 19q13.43} and {@code 1p36.33} are both {@code NqN}. */
    private static String form(String location) {
        return location == null ? "" : location.replaceAll("[0-9]+(\\.[0-9]+)?", "N");
    }
}
