package dev.genedata.hgnc.worker.analysis;

import static dev.genedata.hgnc.gene.model.TinyGeneSet.columns;
import static dev.genedata.hgnc.gene.model.TinyGeneSet.copy;
import static dev.genedata.hgnc.gene.model.TinyGeneSet.request;
import static dev.genedata.hgnc.gene.model.TinyGeneSet.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.genedata.hgnc.job.model.ApprovalsByYearRequest;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/** Approvals per year on {@link TinyGeneSet}, against answers worked out by hand from its table. */
class ApprovalsByYearAnalysisTest {

    private final ApprovalsByYearAnalysis approvals = new ApprovalsByYearAnalysis();

    @Test
    void everyYearOfTheRangeIsPresentZerosIncluded() {
        AnalysisOutcome outcome = run("{'start_year':2000,'end_year':2003,'split_by':null}");
        assertThat(outcome.matched()).isEqualTo(7);
        assertThat(copy(outcome.counts())).containsExactlyEntriesOf(table("2000", 0, "2001", 2, "2002", 0, "2003", 2));
        assertThat(outcome.series()).isNull();
        assertThat(outcome.otherCategories()).isNull();
        assertThat(outcome.chart().type()).isEqualTo(ChartType.LINE);
        assertThat(outcome.chart().title()).isEqualTo("Genes approved per year, 2000–2003 (4 of 7 matched genes)");
    }

    @Test
    void aSingleYearRange() {
        AnalysisOutcome outcome = run("{'start_year':2024,'end_year':2024,'split_by':null}");
        assertThat(copy(outcome.counts())).containsExactlyEntriesOf(table("2024", 1));
    }

    @Test
    void splitByLocusGroupGivesOneSeriesPerValueLargestTotalFirstWithAGroupOfGenesLackingIt() {
        AnalysisOutcome outcome = run("{'start_year':1999,'end_year':2003,'split_by':'locus_group'}");
        assertThat(outcome.counts()).isNull();
        assertThat(outcome.series().keySet()).as("non-coding RNA has no date, other is after 2003")
                .containsExactly("protein-coding gene", "(none)", "pseudogene");
        assertThat(copy(outcome.series().get("protein-coding gene")))
                .containsExactlyEntriesOf(table("1999", 0, "2000", 0, "2001", 2, "2002", 0, "2003", 1));
        assertThat(copy(outcome.series().get("(none)")))
                .containsExactlyEntriesOf(table("1999", 1, "2000", 0, "2001", 0, "2002", 0, "2003", 0));
        assertThat(copy(outcome.series().get("pseudogene")))
                .containsExactlyEntriesOf(table("1999", 0, "2000", 0, "2001", 0, "2002", 0, "2003", 1));
        assertThat(outcome.chart().title())
                .isEqualTo("Genes approved per year, 1999–2003, by locus group (5 of 7 matched genes)");
    }

    @Test
    void splitByLocusTypeWithAFilter() {
        AnalysisOutcome outcome = run("{'start_year':2001,'end_year':2004,'split_by':'locus_type',"
                + "'filter':{'status':'approved','approved_from':2002}}");
        assertThat(outcome.matched()).as("BCD3, aaz5").isEqualTo(2);
        assertThat(outcome.series().keySet()).containsExactly("gene with protein product", "pseudogene");
        assertThat(copy(outcome.series().get("gene with protein product")))
                .containsExactlyEntriesOf(table("2001", 0, "2002", 0, "2003", 1, "2004", 0));
        assertThat(copy(outcome.series().get("pseudogene")))
                .containsExactlyEntriesOf(table("2001", 0, "2002", 0, "2003", 1, "2004", 0));
    }

    @Test
    void noGeneInTheRangeGivesNoSeries() {
        AnalysisOutcome outcome = run("{'start_year':1950,'end_year':1960,'split_by':'locus_type'}");
        assertThat(outcome.series()).isEmpty();
        assertThat(outcome.matched()).isEqualTo(7);
    }

    private AnalysisOutcome run(String params) {
        return approvals.run(columns(), request(ApprovalsByYearRequest.class, params), percent -> { });
    }
}
