package dev.genedata.hgnc.gene.model;

import static dev.genedata.hgnc.gene.model.TinyGeneSet.columns;
import static dev.genedata.hgnc.gene.model.TinyGeneSet.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every filter key on {@link TinyGeneSet}: the selected positions, worked out from its table; and normalization. */
class GeneFilterTest {

    @Test
    void noFilterSelectsEveryGene() {
        assertThat(select("{}")).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void locusGroupTypeAndStatusCompareWholeIgnoringCase() {
        assertThat(select("{'locus_group':'Protein-Coding Gene'}")).containsExactly(0, 1, 4);
        assertThat(select("{'locus_group':'protein-coding'}")).as("not a prefix match").isEmpty();
        assertThat(select("{'locus_type':'RNA, LONG NON-CODING'}")).containsExactly(3);
        assertThat(select("{'status':'entry withdrawn'}")).containsExactly(6);
        assertThat(select("{'status':'Approved'}")).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void chromosomeMatchesAnyOfTheGenesChromosomes() {
        assertThat(select("{'chromosome':'X'}")).containsExactly(0);
        assertThat(select("{'chromosome':'Y'}")).containsExactly(0);
        assertThat(select("{'chromosome':'1'}")).containsExactly(1, 2);
        assertThat(select("{'chromosome':'MT'}")).containsExactly(4);
        assertThat(select("{'chromosome':'3'}")).isEmpty();
    }

    @Test
    void geneGroupIsOneOfTheGenesGroupsIgnoringCase() {
        assertThat(select("{'gene_group':'KINASES'}")).containsExactly(0, 1, 4);
        assertThat(select("{'gene_group':'zinc fingers'}")).containsExactly(0, 3);
        assertThat(select("{'gene_group':'Zinc'}")).isEmpty();
    }

    @Test
    void symbolPrefixIsACaseInsensitivePrefixOfTheApprovedSymbol() {
        assertThat(select("{'symbol_prefix':'aa'}")).containsExactly(0, 1, 4);
        assertThat(select("{'symbol_prefix':'AAZ5'}")).containsExactly(4);
        assertThat(select("{'symbol_prefix':'A1'}")).isEmpty();
    }

    @Test
    void yearBoundsAreInclusiveAndAGeneWithoutADateFailsThem() {
        assertThat(select("{'approved_from':2001,'approved_to':2002}")).containsExactly(0, 1);
        assertThat(select("{'approved_to':2000}")).containsExactly(5);
        assertThat(select("{'approved_from':2003}")).containsExactly(2, 4, 6);
        assertThat(select("{'approved_from':1900,'approved_to':2026}")).as("XYZ has no date")
                .containsExactly(0, 1, 2, 4, 5, 6);
    }

    @Test
    void keysCombineWithAnd() {
        assertThat(select("{'locus_group':'protein-coding gene','approved_from':2003}")).containsExactly(4);
        assertThat(select("{'gene_group':'Zinc fingers','chromosome':'Y','symbol_prefix':'AAA'}")).containsExactly(0);
        assertThat(select("{'locus_group':'no such group'}")).isEmpty();
    }

    @Test
    void textIsTrimmedBlankMeansAnyAndAValidChromosomeIsUpperCased() {
        GeneFilter filter = GeneFilter.indexed(" pseudogene ", "  ", "", "mt", null);
        assertThat(filter).isEqualTo(new GeneFilter("pseudogene", null, null, "MT", null, null, null, null));
        assertThat(GeneFilter.indexed(null, null, null, "chr1", null).chromosome()).as("kept for the 400").isEqualTo("chr1");
        assertThat(GeneFilter.indexed(" ", null, null, null, " ")).isEqualTo(GeneFilter.ANY);
    }

    private static int[] select(String filter) {
        return request(GeneFilter.class, filter).select(columns());
    }
}
