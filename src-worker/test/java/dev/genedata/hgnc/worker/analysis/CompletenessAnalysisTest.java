package dev.genedata.hgnc.worker.analysis;

import static dev.genedata.hgnc.gene.model.TinyGeneSet.columns;
import static dev.genedata.hgnc.gene.model.TinyGeneSet.copy;
import static dev.genedata.hgnc.gene.model.TinyGeneSet.request;
import static dev.genedata.hgnc.gene.model.TinyGeneSet.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import dev.genedata.hgnc.job.model.CompletenessRequest;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.gene.model.GeneColumns;
import dev.genedata.hgnc.gene.model.FieldSet;
import dev.genedata.hgnc.gene.model.GeneFacts;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/** Completeness on {@link TinyGeneSet}, against percentages worked out by hand from its table. */
class CompletenessAnalysisTest {

    private final CompletenessAnalysis completeness = new CompletenessAnalysis();

    @Test
    void thePercentageOfMatchedGenesWithEachFieldInFieldOrder() {
        AnalysisOutcome outcome = completeness.run(columns(), request(CompletenessRequest.class, "{}"), percent -> { });
        assertThat(outcome.matched()).isEqualTo(7);
        // 6/7 = 85.71… → 85.7; 5/7 = 71.42… → 71.4
        assertThat(copy(outcome.counts())).containsExactlyEntriesOf(table("hgnc_id", 100.0, "symbol", 100.0,
                "locus_group", 85.7, "locus_type", 85.7, "status", 100.0, "location", 85.7, "gene_group", 71.4,
                "date_approved_reserved", 85.7));
        assertThat(outcome.chart().type()).isEqualTo(ChartType.HORIZONTAL_BAR);
        assertThat(outcome.chart().title()).isEqualTo("Share of genes with each field filled (7 matched genes)");
    }

    @Test
    void aFilterChangesTheBase() {
        AnalysisOutcome outcome = completeness.run(columns(), request(CompletenessRequest.class, "{'filter':{'chromosome':'1'}}"), percent -> { });
        assertThat(outcome.matched()).isEqualTo(2);
        assertThat(copy(outcome.counts())).containsExactlyEntriesOf(table("hgnc_id", 100.0, "symbol", 100.0,
                "locus_group", 100.0, "locus_type", 100.0, "status", 100.0, "location", 100.0, "gene_group", 50.0,
                "date_approved_reserved", 100.0));
    }

    @Test
    void noMatchedGeneGivesZeroEverywhere() {
        AnalysisOutcome outcome = completeness.run(columns(), request(CompletenessRequest.class, "{'filter':{'symbol_prefix':'nope'}}"), percent -> { });
        assertThat(outcome.matched()).isZero();
        assertThat(outcome.counts()).hasSize(8);
        assertThat(outcome.counts().values()).allSatisfy(share -> assertThat(share).isEqualTo(0.0));
    }

    @Test
    void fieldsBeyondTheFirst64BitsAreCounted() {
        List<String> fields = IntStream.range(0, 70).mapToObj(i -> "f" + i).toList();
        GeneColumns columns = GeneColumns.of(1, List.of(
                gene(1, "A", List.of("f0", "f65", "f69")),
                gene(2, "B", List.of("f65")),
                gene(3, "C", List.of("f63", "f64", "f65"))), fields);
        AnalysisOutcome outcome = completeness.run(columns, request(CompletenessRequest.class, "{}"), percent -> { });
        List<Double> expected = new ArrayList<>(IntStream.range(0, 70).mapToObj(i -> 0.0).toList());
        expected.set(0, 33.3);
        expected.set(63, 33.3);
        expected.set(64, 33.3);
        expected.set(65, 100.0);
        expected.set(69, 33.3);
        assertThat(outcome.counts().keySet()).containsExactlyElementsOf(fields);
        assertThat(new ArrayList<>(outcome.counts().values())).isEqualTo(expected);
    }

    private static GeneFacts gene(int id, String symbol, List<String> fields) {
        return new GeneFacts(id, symbol, null, null, null, Set.of(), List.of(), null, null, FieldSet.of(fields));
    }
}
