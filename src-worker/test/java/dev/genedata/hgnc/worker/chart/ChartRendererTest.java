package dev.genedata.hgnc.worker.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.worker.analysis.AnalysisOutcome;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartSpec;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/** Charts decode as PNG, have the size asked and a title, and are not blank. */
class ChartRendererTest {

    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void barChartHasTheSizeAndTitleAsked() throws IOException {
        LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();
        counts.put("protein-coding gene", 220);
        counts.put("pseudogene", 142);
        AnalysisOutcome outcome = new AnalysisOutcome(362, counts, null, null,
                new ChartSpec(ChartType.BAR, "Genes per locus group (362 genes)", "locus group", "genes", null));
        BufferedImage image = decode(renderer.render(outcome, 800, 500));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(colours(image)).isGreaterThan(5);
        JFreeChart chart = renderer.chart(outcome);
        assertThat(chart.getTitle().getText()).isEqualTo("Genes per locus group (362 genes)");
        assertThat(chart.getCategoryPlot().getDomainAxis().getLabel()).isEqualTo("locus group");
        assertThat(chart.getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("genes");
        assertThat(chart.getLegend()).as("one series, no legend").isNull();
    }

    @Test
    void lineChartWithSeriesHasALegend() throws IOException {
        LinkedHashMap<String, LinkedHashMap<String, Integer>> series = new LinkedHashMap<>();
        series.put("protein-coding gene", years(3, 5, 2));
        series.put("pseudogene", years(1, 0, 4));
        AnalysisOutcome outcome = new AnalysisOutcome(15, null, series, null,
                new ChartSpec(ChartType.LINE, "Genes approved per year", "year approved", "genes approved", null));
        JFreeChart chart = renderer.chart(outcome);
        assertThat(chart.getLegend()).isNotNull();
        assertThat(chart.getCategoryPlot().getDataset().getRowCount()).isEqualTo(2);
        BufferedImage image = decode(renderer.render(outcome, 1200, 700));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(700);
    }

    @Test
    void fortyCategoriesAndAHorizontalPercentChartRender() throws IOException {
        LinkedHashMap<String, Integer> many = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            many.put("Gene group number " + i, 40 - i);
        }
        AnalysisOutcome bars = new AnalysisOutcome(820, many, null, null,
                new ChartSpec(ChartType.BAR, "Genes per gene group", "gene group", "genes", null));
        assertThat(decode(renderer.render(bars, 1200, 700)).getWidth()).isEqualTo(1200);
        assertThat(renderer.chart(bars).getCategoryPlot().getDataset().getColumnCount()).isEqualTo(40);

        LinkedHashMap<String, Double> shares = new LinkedHashMap<>();
        shares.put("symbol", 100.0);
        shares.put("omim_id", 42.5);
        AnalysisOutcome horizontal = new AnalysisOutcome(10, shares, null, null,
                new ChartSpec(ChartType.HORIZONTAL_BAR, "Share of genes with each field filled", "field", "% of genes", 100.0));
        JFreeChart chart = renderer.chart(horizontal);
        assertThat(chart.getCategoryPlot().getOrientation().isHorizontal()).isTrue();
        assertThat(chart.getCategoryPlot().getRangeAxis().getUpperBound()).isEqualTo(100.0);
        assertThat(decode(renderer.render(horizontal, 600, 400)).getHeight()).isEqualTo(400);
    }

    private static LinkedHashMap<String, Integer> years(int... counts) {
        LinkedHashMap<String, Integer> table = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            table.put(Integer.toString(2000 + i), counts[i]);
        }
        return table;
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        return image;
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
