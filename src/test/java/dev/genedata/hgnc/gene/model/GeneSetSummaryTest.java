package dev.genedata.hgnc.gene.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The summary GET /info answers, worked out by hand on four genes. */
class GeneSetSummaryTest {

    private static final Instant LOADED = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void countsNewestDatesAndFieldsInHgncOrder() {
        List<GeneFacts> genes = List.of(
                gene(1, "protein-coding gene", "Approved", Set.of("1"), "2001-05-01", "2020-01-02",
                        List.of("symbol", "hgnc_id", "zeta_custom", "location")),
                gene(2, "protein-coding gene", "Approved", Set.of("X", "Y"), "1999-12-31", "2024-03-04",
                        List.of("hgnc_id", "symbol", "alpha_custom")),
                gene(3, "pseudogene", "Approved", Set.of(), null, "2023-07-08", List.of("hgnc_id", "symbol")),
                gene(4, "non-coding RNA", null, Set.of("1"), "2010-10-10", null, List.of("hgnc_id", "symbol")));

        GeneSetSummary.Builder builder = new GeneSetSummary.Builder();
        genes.forEach(builder::add);
        GeneSetSummary summary = builder.build("upload", LOADED, 9, GeneColumns.of(9, genes, builder.fields()));

        assertThat(summary.records()).isEqualTo(4);
        assertThat(summary.source()).isEqualTo("upload");
        assertThat(summary.loadedAt()).isEqualTo(LOADED);
        assertThat(summary.version()).isEqualTo(9);
        assertThat(summary.newestModified()).isEqualTo("2024-03-04");
        assertThat(summary.newestApproved()).isEqualTo("2010-10-10");
        // HGNC's column order first, then the others by name
        assertThat(summary.fields()).containsExactly("hgnc_id", "symbol", "location", "alpha_custom", "zeta_custom");
        // largest first, ties by value; a missing status is not counted
        assertThat(summary.counts().get("locus_group")).containsExactly(
                Map.entry("protein-coding gene", 2), Map.entry("non-coding RNA", 1), Map.entry("pseudogene", 1));
        assertThat(summary.counts().get("status")).containsExactly(Map.entry("Approved", 3));
        Map<String, Integer> chromosomes = summary.counts().get("chromosome");
        assertThat(chromosomes).hasSize(26);
        assertThat(chromosomes.keySet()).startsWith("1", "2").endsWith("MT", GeneSetSummary.NO_CHROMOSOME);
        assertThat(chromosomes.get("1")).isEqualTo(2);
        assertThat(chromosomes.get("X")).isEqualTo(1);
        assertThat(chromosomes.get("Y")).isEqualTo(1);
        assertThat(chromosomes.get("2")).isZero();
        assertThat(chromosomes.get(GeneSetSummary.NO_CHROMOSOME)).isEqualTo(1);
    }

    private static GeneFacts gene(int id, String locusGroup, String status, Set<String> chromosomes, String approved,
            String modified, List<String> fields) {
        return new GeneFacts(id, "G" + id, locusGroup, null, status, chromosomes, List.of(),
                approved, modified, FieldSet.of(fields));
    }
}
