package dev.genedata.hgnc.gene.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
        assertThat(indexes).containsOnlyKeys(IndexedField.LOCUS_GROUP, IndexedField.LOCUS_TYPE, IndexedField.STATUS,
                IndexedField.CHROMOSOME, IndexedField.GENE_GROUP);
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
    }

    @Test
    void symbolsAliasesAndPreviousSymbolsGoToBuckets() {
        List<GeneFacts> genes = List.of(
                gene(30, "ZZZ", "protein-coding gene", Set.of("X"), List.of("Kinases"), List.of("ALT", "alt")),
                gene(7, "abc", "protein-coding gene", Set.of("X"), List.of("Kinases"), List.of("Alt", "Alt2", "")));
        GeneIndexBuilder builder = new GeneIndexBuilder();
        genes.forEach(builder::add);

        Map<IndexedField, byte[][]> buckets = builder.buckets();
        assertThat(buckets).containsOnlyKeys(IndexedField.SYMBOL, IndexedField.ALIAS_SYMBOL, IndexedField.PREV_SYMBOL);
        assertThat(lookUp(buckets, IndexedField.ALIAS_SYMBOL, "alt")).containsExactly(7, 30);
        assertThat(lookUp(buckets, IndexedField.ALIAS_SYMBOL, "alt2")).containsExactly(7);
        assertThat(lookUp(buckets, IndexedField.SYMBOL, "zzz")).containsExactly(30);
        assertThat(lookUp(buckets, IndexedField.SYMBOL, "abc")).containsExactly(7);
        assertThat(lookUp(buckets, IndexedField.SYMBOL, "alt")).isEmpty();
        assertThat(lookUp(buckets, IndexedField.ALIAS_SYMBOL, "")).as("an empty alias is not indexed").isEmpty();
        assertThat(List.of(buckets.get(IndexedField.PREV_SYMBOL))).hasSize(IndexBuckets.COUNT)
                .allSatisfy(bucket -> assertThat(new String(bucket, StandardCharsets.UTF_8)).isEqualTo("[]"));
    }

    private static int[] lookUp(Map<IndexedField, byte[][]> buckets, IndexedField field, String value) {
        return IndexBuckets.ids(new String(buckets.get(field)[IndexBuckets.of(value)], StandardCharsets.UTF_8), value);
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
