package dev.genedata.hgnc.worker.analysis;

import static dev.genedata.hgnc.gene.model.TinyGeneSet.columns;
import static dev.genedata.hgnc.gene.model.TinyGeneSet.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import dev.genedata.hgnc.job.model.ApprovalsByYearRequest;
import dev.genedata.hgnc.job.model.CompletenessRequest;
import dev.genedata.hgnc.job.model.CountsRequest;

import org.junit.jupiter.api.Test;

/** Progress reporting and cancellation through the analyses' counting loop. */
class CountingPassTest {

    @Test
    void visitsEveryGeneInOrderAndReportsAfterEachChunk() {
        List<Integer> visited = new ArrayList<>();
        List<Integer> reported = new ArrayList<>();
        CountingPass.over(new int[] { 10, 11, 12, 13, 14 }, 2, reported::add, visited::add);
        assertThat(visited).containsExactly(10, 11, 12, 13, 14);
        // 30 + 60 × 2/5, 30 + 60 × 4/5, 30 + 60 × 5/5
        assertThat(reported).containsExactly(54, 78, 90);
    }

    @Test
    void noGenesNoReports() {
        List<Integer> reported = new ArrayList<>();
        CountingPass.over(new int[0], 2, reported::add, gene -> { });
        assertThat(reported).isEmpty();
    }

    @Test
    void everyAnalysisReportsFilteredThenCounted() {
        List<Integer> counts = new ArrayList<>();
        new CountsAnalysis().run(columns(), request(CountsRequest.class, "{'group_by':'status'}"), counts::add);
        List<Integer> approvals = new ArrayList<>();
        new ApprovalsByYearAnalysis().run(columns(),
                request(ApprovalsByYearRequest.class, "{'start_year':2000,'end_year':2003}"), approvals::add);
        List<Integer> completeness = new ArrayList<>();
        new CompletenessAnalysis().run(columns(), request(CompletenessRequest.class, "{}"), completeness::add);
        assertThat(List.of(counts, approvals, completeness)).allSatisfy(reported -> assertThat(reported).containsExactly(30, 90));
    }

    @Test
    void aProgressThatThrowsCancelsTheAnalysis() {
        assertThatThrownBy(() -> new CompletenessAnalysis().run(columns(), request(CompletenessRequest.class, "{}"), percent -> {
            throw new IllegalStateException("cancelled at " + percent);
        })).isInstanceOf(IllegalStateException.class).hasMessage("cancelled at 30");
        assertThatThrownBy(() -> new CountsAnalysis().run(columns(), request(CountsRequest.class, "{'group_by':'chromosome'}"),
                percent -> {
                    if (percent > 30) {
                        throw new IllegalStateException("cancelled at " + percent);
                    }
                })).hasMessage("cancelled at 90");
    }
}
