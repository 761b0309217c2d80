package dev.genedata.hgnc.gene.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.gene.model.FieldSet;
import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.gene.model.GeneFacts;

/** The load-time indexes: lower-cased values, ids ascending and each once. */
class GeneIndexBuilderTest {

    @Test
    void indexesEveryFilterFieldWithAscendingDistinctIds() {
        List<GeneFacts> genes = List.of(
                gene(30, "ZZZ", "protein-coding gene", Set.of("X", "Y"), List.of("Kinases", "kinases"), List.of("ALT")),
                gene(7, "abc", "protein-coding gene", Set.of("X"), List.of("Kinases"), List.of("alt", "Alt2")),
                gene(12, "Abc1", "pseudogene", Set.of(), List.of(), List.of()),
                gene(3, "D", "Pseudogene", Set.of("MT"), List.of(""), List.of()));
        GeneIndexBuilder builder = new GeneIndexBuilder();
        genes.forEach(builder::add);

        assertThat(builder.ids()).containsExactly(3, 7, 12, 30);
        Map<IndexedField, Map<String, int[]>> indexes = builder.indexes(columns(genes));
        assertThat(indexes.get(IndexedField.LOCUS_GROUP).get("protein-coding gene")).containsExactly(7, 30);
        assertThat(indexes.get(IndexedField.LOCUS_GROUP).get("pseudogene")).as("values differing in case share a list")
                .containsExactly(3, 12);
        assertThat(indexes.get(IndexedField.LOCUS_GROUP)).containsOnlyKeys("protein-coding gene", "pseudogene");
        assertThat(indexes.get(IndexedField.CHROMOSOME).get("mt")).containsExactly(3);
        assertThat(indexes.get(IndexedField.GENE_GROUP)).as("an empty group is not indexed").containsOnlyKeys("kinases");
        assertThat(indexes.get(IndexedField.STATUS).get("approved")).containsExactly(3, 7, 12, 30);
        assertThat(indexes.get(IndexedField.CHROMOSOME).get("x")).containsExactly(7, 30);
        assertThat(indexes.get(IndexedField.CHROMOSOME).get("y")).containsExactly(30);
        // "Kinases" and "kinases" on gene 30 are one lower-cased value: the id appears once
        assertThat(indexes.get(IndexedField.GENE_GROUP).get("kinases")).containsExactly(7, 30);
        assertThat(indexes.get(IndexedField.ALIAS_SYMBOL).get("alt")).containsExactly(7, 30);
        assertThat(indexes.get(IndexedField.SYMBOL)).containsOnlyKeys("zzz", "abc", "abc1", "d");
        assertThat(indexes.get(IndexedField.PREV_SYMBOL)).isEmpty();
    }

    @Test
    void symbolsAliasesAndPreviousSymbolsGoOutEarlyAndOnlyThoseOnMoreGenesComeAgain() {
        List<String> early = new ArrayList<>();
        GeneIndexBuilder builder = new GeneIndexBuilder((field, value, id) -> early.add(field + " " + value + " " + id));
        List<GeneFacts> genes = List.of(
                gene(30, "ZZZ", "protein-coding gene", Set.of("X"), List.of("Kinases"), List.of("ALT", "alt")),
                gene(7, "abc", "protein-coding gene", Set.of("X"), List.of("Kinases"), List.of("Alt", "Alt2")));
        genes.forEach(builder::add);

        assertThat(early).containsExactly("SYMBOL zzz 30", "ALIAS_SYMBOL alt 30", "SYMBOL abc 7", "ALIAS_SYMBOL alt2 7");
        Map<IndexedField, Map<String, int[]>> indexes = builder.indexes(columns(genes));
        assertThat(indexes.get(IndexedField.ALIAS_SYMBOL)).containsOnlyKeys("alt");
        assertThat(indexes.get(IndexedField.ALIAS_SYMBOL).get("alt")).containsExactly(7, 30);
        assertThat(indexes.get(IndexedField.SYMBOL)).isEmpty();
        assertThat(indexes.get(IndexedField.GENE_GROUP).get("kinases")).as("few-valued fields come whole").containsExactly(7, 30);
        assertThat(indexes.get(IndexedField.LOCUS_GROUP).get("protein-coding gene")).containsExactly(7, 30);
    }

    private static GeneColumns columns(List<GeneFacts> genes) {
        return GeneColumns.of(1, genes, List.of("hgnc_id", "symbol"));
    }

    private static GeneFacts gene(int id, String symbol, String locusGroup, Set<String> chromosomes,
            List<String> groups, List<String> aliases) {
        return new GeneFacts(id, symbol, locusGroup, null, "Approved", chromosomes, groups, aliases, List.of(),
                null, null, FieldSet.of(List.of("hgnc_id", "symbol")));
    }
}
