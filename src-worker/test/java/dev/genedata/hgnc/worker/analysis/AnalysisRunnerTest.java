package dev.genedata.hgnc.worker.analysis;

import static dev.genedata.hgnc.gene.model.TinyGeneSet.columns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.genedata.hgnc.job.model.AnalysisRequest;

import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.gene.model.TinyGeneSet;
import dev.genedata.hgnc.worker.chart.ChartRenderer;

/** The result JSON and chart of each kind, from a validated request to the worker's answer. */
class AnalysisRunnerTest {

    private final AnalysisRunner runner = new AnalysisRunner(
            List.of(new CountsAnalysis(), new ApprovalsByYearAnalysis(), new CompletenessAnalysis()), new ChartRenderer(),
            new ObjectMapper());

    @Test
    void countsResult() throws IOException {
        AnalysisRunner.Computed computed = run("{'analysis':'counts','group_by':'locus_group','width':640,'height':480}");
        assertThat(computed.result().toString()).isEqualTo(json("{'analysis':'counts',"
                + "'params':{'group_by':'locus_group','top':20,'filter':{},'width':640,'height':480},'matched':7,"
                + "'counts':{'protein-coding gene':3,'(none)':1,'non-coding RNA':1,'other':1,'pseudogene':1},"
                + "'other_categories':0,'title':'Genes per locus group (7 matched genes)'}"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(computed.chartPng()));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
    }

    @Test
    void approvalsResultWithSeries() {
        AnalysisRunner.Computed computed = run("{'analysis':'approvals_by_year','start_year':2001,'end_year':2003,"
                + "'split_by':'locus_group','filter':{'symbol_prefix':'a'}}");
        assertThat(computed.result().toString()).isEqualTo(json("{'analysis':'approvals_by_year',"
                + "'params':{'start_year':2001,'end_year':2003,'split_by':'locus_group','filter':{'symbol_prefix':'a'},"
                + "'width':1200,'height':700},'matched':3,"
                + "'series':{'protein-coding gene':{'2001':2,'2002':0,'2003':1}},"
                + "'title':'Genes approved per year, 2001–2003, by locus group (3 of 3 matched genes)'}"));
    }

    @Test
    void completenessResultHasDecimalPercentages() {
        AnalysisRunner.Computed computed = run("{'analysis':'completeness','filter':{'chromosome':'1'}}");
        assertThat(computed.result().toString()).isEqualTo(json("{'analysis':'completeness',"
                + "'params':{'filter':{'chromosome':'1'},'width':1200,'height':700},'matched':2,"
                + "'counts':{'hgnc_id':100.0,'symbol':100.0,'locus_group':100.0,'locus_type':100.0,'status':100.0,"
                + "'location':100.0,'gene_group':50.0,'date_approved_reserved':100.0},"
                + "'title':'Share of genes with each field filled (2 matched genes)'}"));
    }

    @Test
    void progressEndsAt95OnceTheChartIsDrawnAndACancellationPropagates() {
        AnalysisRequest request = request("{'analysis':'completeness'}");
        List<Integer> reported = new ArrayList<>();
        runner.run(request, columns(), reported::add);
        assertThat(reported).containsExactly(30, 90, 95);
        assertThatThrownBy(() -> runner.run(request, columns(), percent -> {
            if (percent == 95) {
                throw new IllegalStateException("cancelled");
            }
        })).hasMessage("cancelled");
    }

    @Test
    void everyKindNeedsExactlyOneAnalysis() {
        ChartRenderer charts = new ChartRenderer();
        assertThatThrownBy(() -> new AnalysisRunner(List.of(new CountsAnalysis(), new ApprovalsByYearAnalysis()), charts,
                new ObjectMapper()))
                .hasMessage("no analysis for completeness");
        assertThatThrownBy(() -> new AnalysisRunner(List.of(new CountsAnalysis(), new CountsAnalysis()), charts, new ObjectMapper()))
                .hasMessage("two analyses for counts");
    }

    private AnalysisRunner.Computed run(String body) {
        return runner.run(request(body), columns(), percent -> { });
    }

    /** A request as the worker reads it: the concrete record by its analysis, defaults filled in. */
    private static AnalysisRequest request(String body) {
        return TinyGeneSet.request(AnalysisRequest.class, body);
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
