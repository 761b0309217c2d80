package dev.genedata.hgnc.worker.analysis;

import static dev.genedata.hgnc.worker.analysis.TinyGeneSet.columns;
import static dev.genedata.hgnc.worker.analysis.TinyGeneSet.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/** Each analysis on {@link TinyGeneSet}, against answers worked out by hand. */
class AnalysesTest {

    private static final Progress QUIET = percent -> { };

    private final CountsAnalysis counts = new CountsAnalysis();
    private final ApprovalsByYearAnalysis approvals = new ApprovalsByYearAnalysis();
    private final CompletenessAnalysis completeness = new CompletenessAnalysis();

    @Test
    void countsByLocusGroupLargestFirstWithGenesLackingTheField() {
        AnalysisOutcome outcome = counts.run(columns(), params("{\"group_by\":\"locus_group\"}"), QUIET);
        assertThat(outcome.matched()).isEqualTo(6);
        assertThat(table(outcome.counts())).containsExactly(entry("protein-coding gene", 3), entry("(none)", 1),
                entry("non-coding RNA", 1), entry("pseudogene", 1));
        assertThat(outcome.chart().type()).isEqualTo(ChartType.BAR);
        assertThat(outcome.chart().title()).isEqualTo("Genes per locus group (6 genes)");
    }

    @Test
    void countsByChromosomeCountAGeneOnXAndYForBoth() {
        AnalysisOutcome outcome = counts.run(columns(), params("{\"group_by\":\"chromosome\"}"), QUIET);
        Map<String, ? extends Number> table = outcome.counts();
        assertThat(table).hasSize(26);
        assertThat(new ArrayList<>(table.keySet())).startsWith("1", "2", "3").endsWith("X", "Y", "MT", "unassigned");
        assertThat(table.get("1")).isEqualTo(2);
        assertThat(table.get("2")).isEqualTo(1);
        assertThat(table.get("3")).isEqualTo(0);
        assertThat(table.get("X")).isEqualTo(1);
        assertThat(table.get("Y")).isEqualTo(1);
        assertThat(table.get("MT")).isEqualTo(1);
        assertThat(table.get("unassigned")).isEqualTo(1);
    }

    @Test
    void countsByGeneGroupKeepTheTopAndSayHowManyWereCut() {
        AnalysisOutcome top1 = counts.run(columns(), params("{\"group_by\":\"gene_group\",\"top\":1}"), QUIET);
        assertThat(table(top1.counts())).containsExactly(entry("Kinases", 3));
        assertThat(top1.otherCategories()).isEqualTo(1);
        AnalysisOutcome all = counts.run(columns(), params("{\"group_by\":\"gene_group\",\"top\":20}"), QUIET);
        assertThat(table(all.counts())).containsExactly(entry("Kinases", 3), entry("Zinc fingers", 2));
        assertThat(all.otherCategories()).isZero();
    }

    @Test
    void everyFilterKeySelectsTheRightGenes() {
        assertThat(matched("{\"symbol_prefix\":\"aa\"}")).isEqualTo(3);
        assertThat(matched("{\"chromosome\":\"X\"}")).isEqualTo(1);
        assertThat(matched("{\"chromosome\":\"1\"}")).isEqualTo(2);
        assertThat(matched("{\"gene_group\":\"KINASES\"}")).isEqualTo(3);
        assertThat(matched("{\"locus_group\":\"Protein-Coding Gene\"}")).isEqualTo(3);
        assertThat(matched("{\"locus_type\":\"pseudogene\"}")).isEqualTo(1);
        assertThat(matched("{\"status\":\"approved\"}")).isEqualTo(6);
        assertThat(matched("{\"approved_from\":2001,\"approved_to\":2002}")).isEqualTo(2);
        assertThat(matched("{\"approved_to\":2000}")).as("the gene without a date fails a year bound").isEqualTo(1);
        assertThat(matched("{\"locus_group\":\"protein-coding gene\",\"approved_from\":2003}")).isEqualTo(1);
        assertThat(matched("{\"locus_group\":\"no such group\"}")).isZero();
    }

    @Test
    void approvalsPerYearIncludeEveryYear() {
        AnalysisOutcome outcome = approvals.run(columns(),
                params("{\"start_year\":2000,\"end_year\":2003,\"split_by\":null}"), QUIET);
        assertThat(table(outcome.counts())).containsExactly(entry("2000", 0), entry("2001", 2), entry("2002", 0),
                entry("2003", 2));
        assertThat(outcome.series()).isNull();
        assertThat(outcome.chart().type()).isEqualTo(ChartType.LINE);
    }

    @Test
    void approvalsSplitByLocusGroupGiveOneSeriesPerValueLargestFirst() {
        AnalysisOutcome outcome = approvals.run(columns(),
                params("{\"start_year\":2000,\"end_year\":2003,\"split_by\":\"locus_group\"}"), QUIET);
        assertThat(outcome.counts()).isNull();
        assertThat(outcome.series().keySet()).containsExactly("protein-coding gene", "pseudogene");
        assertThat(table(outcome.series().get("protein-coding gene"))).containsExactly(entry("2000", 0), entry("2001", 2),
                entry("2002", 0), entry("2003", 1));
        assertThat(table(outcome.series().get("pseudogene"))).containsExactly(entry("2000", 0), entry("2001", 0),
                entry("2002", 0), entry("2003", 1));
    }

    @Test
    void completenessIsThePercentageOfGenesWithEachField() {
        AnalysisOutcome outcome = completeness.run(columns(), params("{}"), QUIET);
        assertThat(table(outcome.counts())).containsExactly(entry("hgnc_id", 100.0), entry("symbol", 100.0),
                entry("locus_group", 83.3), entry("locus_type", 83.3), entry("status", 100.0), entry("location", 83.3),
                entry("gene_group", 66.7), entry("date_approved_reserved", 83.3));
        AnalysisOutcome chromosome1 = completeness.run(columns(), params("{\"filter\":{\"chromosome\":\"1\"}}"), QUIET);
        assertThat(chromosome1.matched()).isEqualTo(2);
        assertThat(chromosome1.counts().get("gene_group")).isEqualTo(50.0);
        AnalysisOutcome none = completeness.run(columns(), params("{\"filter\":{\"symbol_prefix\":\"nope\"}}"), QUIET);
        assertThat(none.matched()).isZero();
        assertThat(none.counts().get("symbol")).isEqualTo(0.0);
    }

    @Test
    void progressIsReportedAndACancellingProgressStopsTheAnalysis() {
        List<Integer> reported = new ArrayList<>();
        counts.run(columns(), params("{\"group_by\":\"status\"}"), reported::add);
        assertThat(reported).containsExactly(40, 80);
        assertThatThrownBy(() -> completeness.run(columns(), params("{}"), percent -> {
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");
    }

    private int matched(String filter) {
        return counts.run(columns(), params("{\"group_by\":\"status\",\"filter\":" + filter + "}"), QUIET).matched();
    }

    private static Map.Entry<String, Object> entry(String key, Object value) {
        return new LinkedHashMap.SimpleEntry<>(key, value);
    }

    private static Map<String, Object> table(Map<String, ? extends Number> counts) {
        return new LinkedHashMap<>(counts);
    }
}
