package dev.genedata.hgnc.gene.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.common.error.ServiceException;
import dev.genedata.hgnc.gene.store.GeneStore.IndexProbe;
import dev.genedata.hgnc.gene.store.IndexedField;

/** How {@code /genes} filters turn into index probes and combine with AND. */
class GeneFilterTest {

    private static final int[] ALL = {1, 2, 3, 4, 5, 6, 7, 8};

    @Test
    void noFilterSelectsEverything() {
        GeneFilter filter = GeneFilter.none();
        assertThat(filter.probes()).isEmpty();
        assertThat(filter.select(ALL, List.of())).containsExactly(ALL);
    }

    @Test
    void plainFiltersIntersect() {
        GeneFilter filter = new GeneFilter("pseudogene", null, "Approved", "x", null, null);
        assertThat(filter.probes()).containsExactly(
                new IndexProbe(IndexedField.LOCUS_GROUP, "pseudogene"),
                new IndexProbe(IndexedField.STATUS, "Approved"),
                new IndexProbe(IndexedField.CHROMOSOME, "X"));
        int[] selected = filter.select(ALL, List.of(new int[] {1, 2, 3, 4}, ALL, new int[] {2, 4, 6}));
        assertThat(selected).containsExactly(2, 4);
    }

    @Test
    void qIsTheUnionOfSymbolAliasAndPreviousSymbol() {
        GeneFilter filter = new GeneFilter(null, null, null, null, null, "TP53");
        assertThat(filter.probes()).extracting(IndexProbe::field)
                .containsExactly(IndexedField.SYMBOL, IndexedField.ALIAS_SYMBOL, IndexedField.PREV_SYMBOL);
        assertThat(filter.select(ALL, List.of(new int[] {3}, new int[] {5, 7}, new int[] {7}))).containsExactly(3, 5, 7);
    }

    @Test
    void qAndOtherFiltersCombineWithAnd() {
        GeneFilter filter = new GeneFilter("protein-coding gene", null, null, null, "Kinases", "abc");
        int[] selected = filter.select(ALL, List.of(
                new int[] {1, 3, 5, 7}, new int[] {3, 5, 8},
                new int[] {}, new int[] {5}, new int[] {8}));
        assertThat(selected).containsExactly(5);
    }

    @Test
    void blankValuesMeanAnyAndBadChromosomesAreRejected() {
        assertThat(new GeneFilter(" ", "", null, null, null, null).probes()).isEmpty();
        assertThat(new GeneFilter(null, null, null, "mt", null, null).chromosome()).isEqualTo("MT");
        assertThatThrownBy(() -> new GeneFilter(null, null, null, "chr1", null, null))
                .isInstanceOf(ServiceException.class)
                .hasMessageStartingWith("chromosome must be one of 1, 2, 3");
    }
}
