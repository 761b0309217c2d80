package dev.genedata.hgnc.gene.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The analysis columns built gene by gene: dictionary codes, chromosome masks, filled-field bits. */
class GeneColumnsTest {

    @Test
    void codesValuesInOrderOfFirstAppearance() {
        GeneColumns columns = GeneColumns.of(4, List.of(
                gene(10, "pseudogene", Set.of("X", "Y"), List.of("B group", "A group"), "2001-02-03", List.of("hgnc_id")),
                gene(20, "protein-coding gene", Set.of(), List.of("A group"), null, List.of("hgnc_id")),
                gene(30, null, Set.of("MT"), List.of(), "1990-01-01", List.of("hgnc_id"))),
                List.of("hgnc_id"));

        assertThat(columns.version()).isEqualTo(4);
        assertThat(columns.size()).isEqualTo(3);
        assertThat(columns.ids()).containsExactly(10, 20, 30);
        assertThat(columns.symbols()).containsExactly("G10", "G20", "G30");
        assertThat(columns.locusGroups()).containsExactly("pseudogene", "protein-coding gene");
        assertThat(columns.locusGroup()).containsExactly(0, 1, -1);
        assertThat(columns.geneGroupNames()).containsExactly("B group", "A group");
        assertThat(columns.geneGroups()[0]).containsExactly(0, 1);
        assertThat(columns.geneGroups()[1]).containsExactly(1);
        assertThat(columns.geneGroups()[2]).isEmpty();
        assertThat(columns.yearApproved()).containsExactly(2001, 0, 1990);
        // bit i of a gene's mask: on chromosome Chromosomes.ALL.get(i)
        assertThat(columns.chromosomes()).containsExactly(bit("X") | bit("Y"), 0, bit("MT"));
    }

    @Test
    void filledBitsFollowTheFinalFieldOrderNotTheOrderFieldsAppeared() {
        GeneColumns columns = GeneColumns.of(1, List.of(
                gene(1, null, Set.of(), List.of(), null, List.of("symbol", "zeta", "hgnc_id")),
                gene(2, null, Set.of(), List.of(), null, List.of("hgnc_id", "alpha")),
                gene(3, null, Set.of(), List.of(), null, List.of("not_listed", "hgnc_id"))),
                List.of("hgnc_id", "symbol", "alpha", "zeta"));

        assertThat(filled(columns, 0)).containsExactly("hgnc_id", "symbol", "zeta");
        assertThat(filled(columns, 1)).containsExactly("hgnc_id", "alpha");
        assertThat(filled(columns, 2)).containsExactly("hgnc_id");
    }

    @Test
    void moreThanSixtyFourFieldsTakeSeveralWordsPerGene() {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            fields.add("f" + i);
        }
        GeneColumns columns = GeneColumns.of(1, List.of(
                gene(1, null, Set.of(), List.of(), null, List.of("f69", "f0")),
                gene(2, null, Set.of(), List.of(), null, List.of("f64", "f63"))), fields);

        assertThat(columns.filledWords()).isEqualTo(2);
        assertThat(filled(columns, 0)).containsExactly("f0", "f69");
        assertThat(filled(columns, 1)).containsExactly("f63", "f64");
    }

    @Test
    void theBuilderGrowsPastItsFirstCapacity() {
        GeneColumns.Builder builder = new GeneColumns.Builder();
        for (int id = 1; id <= 5000; id++) {
            builder.add(gene(id, id % 2 == 0 ? "even" : "odd", Set.of(), List.of(), null, List.of("hgnc_id")));
        }
        GeneColumns columns = builder.build(2, List.of("hgnc_id"));

        assertThat(columns.size()).isEqualTo(5000);
        assertThat(columns.ids()[4999]).isEqualTo(5000);
        assertThat(columns.locusGroups()).containsExactly("odd", "even");
        assertThat(columns.locusGroup()[4999]).isEqualTo(1);
        assertThat(filled(columns, 4999)).containsExactly("hgnc_id");
    }

    private static int bit(String chromosome) {
        return 1 << Chromosomes.ALL.indexOf(chromosome);
    }

    /** The fields a gene has filled: bit f of its {@code filledWords} longs set when {@code fields.get(f)} is. */
    private static List<String> filled(GeneColumns columns, int gene) {
        List<String> names = new ArrayList<>();
        for (int f = 0; f < columns.fields().size(); f++) {
            if ((columns.filled()[gene * columns.filledWords() + (f >>> 6)] & (1L << (f & 63))) != 0) {
                names.add(columns.fields().get(f));
            }
        }
        return names;
    }

    private static GeneFacts gene(int id, String locusGroup, Set<String> chromosomes, List<String> groups,
            String approved, List<String> fields) {
        return new GeneFacts(id, "G" + id, locusGroup, null, null, chromosomes, groups, approved,
                null, FieldSet.of(fields));
    }
}
