package dev.genedata.hgnc.worker.analysis;

import static dev.genedata.hgnc.gene.model.TinyGeneSet.columns;
import static dev.genedata.hgnc.gene.model.TinyGeneSet.copy;
import static dev.genedata.hgnc.gene.model.TinyGeneSet.request;
import static dev.genedata.hgnc.gene.model.TinyGeneSet.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;

import dev.genedata.hgnc.job.model.CountsRequest;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.gene.model.Chromosomes;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/** Counts on {@link TinyGeneSet}, against answers worked out by hand from its table. */
class CountsAnalysisTest {

    private final CountsAnalysis counts = new CountsAnalysis();

    @Test
    void locusGroupsLargestFirstThenByNameWithGenesLackingTheField() {
        AnalysisOutcome outcome = run("{'group_by':'locus_group','top':20}");
        assertThat(outcome.matched()).isEqualTo(7);
        assertThat(copy(outcome.counts())).containsExactlyEntriesOf(table("protein-coding gene", 3, "(none)", 1,
                "non-coding RNA", 1, "other", 1, "pseudogene", 1));
        assertThat(outcome.otherCategories()).isZero();
        assertThat(outcome.series()).isNull();
        assertThat(outcome.chart().type()).isEqualTo(ChartType.BAR);
        assertThat(outcome.chart().title()).isEqualTo("Genes per locus group (7 matched genes)");
        assertThat(outcome.chart().categoryLabel()).isEqualTo("locus group");
        assertThat(outcome.chart().valueLabel()).isEqualTo("genes");
    }

    @Test
    void topCutsOtherFieldsAndSaysHowManyCategoriesWereCut() {
        AnalysisOutcome outcome = run("{'group_by':'locus_type','top':2}");
        assertThat(copy(outcome.counts())).containsExactlyEntriesOf(table("gene with protein product", 3, "(none)", 1));
        assertThat(outcome.otherCategories()).isEqualTo(3);
        assertThat(outcome.chart().title()).isEqualTo("Genes per locus type (7 matched genes, top 2 of 5)");
    }

    @Test
    void statusCountsWithAFilter() {
        AnalysisOutcome outcome = run("{'group_by':'status','top':20,'filter':{'chromosome':'22'}}");
        assertThat(outcome.matched()).isEqualTo(1);
        assertThat(copy(outcome.counts())).containsExactlyEntriesOf(table("Entry Withdrawn", 1));
        assertThat(outcome.chart().title()).isEqualTo("Genes per status (1 matched gene)");
    }

    @Test
    void chromosomesInKaryotypeOrderWithEveryChromosomeAndAGeneOnXAndYCountedForBoth() {
        AnalysisOutcome outcome = run("{'group_by':'chromosome','top':1}");
        LinkedHashMap<String, Object> expected = new LinkedHashMap<>();
        Chromosomes.ALL.forEach(chromosome -> expected.put(chromosome, 0));
        expected.put("1", 2);
        expected.put("2", 1);
        expected.put("22", 1);
        expected.put("X", 1);
        expected.put("Y", 1);
        expected.put("MT", 1);
        expected.put("unassigned", 1);
        assertThat(copy(outcome.counts())).as("top does not cut chromosomes").containsExactlyEntriesOf(expected);
        assertThat(outcome.otherCategories()).isZero();
        assertThat(outcome.matched()).isEqualTo(7);
    }

    @Test
    void geneGroupsCountAGeneInEachOfItsGroupsAndBreakTiesByName() {
        AnalysisOutcome all = run("{'group_by':'gene_group','top':20}");
        assertThat(copy(all.counts())).containsExactlyEntriesOf(table("Kinases", 3, "(none)", 2, "Zinc fingers", 2,
                "Ring fingers", 1));
        assertThat(all.otherCategories()).isZero();

        AnalysisOutcome top2 = run("{'group_by':'gene_group','top':2}");
        assertThat(copy(top2.counts())).as("(none) and Zinc fingers tie at 2; (none) sorts first")
                .containsExactlyEntriesOf(table("Kinases", 3, "(none)", 2));
        assertThat(top2.otherCategories()).isEqualTo(2);
        assertThat(top2.chart().title()).isEqualTo("Genes per gene group (7 matched genes, top 2 of 4)");
    }

    @Test
    void noMatchedGeneGivesAnEmptyTable() {
        AnalysisOutcome outcome = run("{'group_by':'locus_group','top':20,'filter':{'symbol_prefix':'nope'}}");
        assertThat(outcome.matched()).isZero();
        assertThat(outcome.counts()).isEmpty();
        assertThat(outcome.otherCategories()).isZero();
    }

    private AnalysisOutcome run(String params) {
        return counts.run(columns(), request(CountsRequest.class, params), percent -> { });
    }
}
