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
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import dev.genedata.hgnc.worker.analysis.AnalysisOutcome;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartSpec;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/** Charts decode as PNG, have the size asked, a title and axis labels, and are not blank. */
class ChartRendererTest {

    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void barChartHasTheSizeTitleAndLabelsAsked() throws IOException {
        LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();
        counts.put("protein-coding gene", 220);
        counts.put("pseudogene", 142);
        AnalysisOutcome outcome = new AnalysisOutcome(362, counts, null, 0,
                new ChartSpec(ChartType.BAR, "Genes per locus group (362 matched genes)", "locus group", "genes"));
        BufferedImage image = decode(renderer.render(outcome, 800, 500));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(colours(image)).isGreaterThan(5);
        JFreeChart chart = renderer.chart(outcome, 800);
        assertThat(chart.getTitle().getText()).isEqualTo("Genes per locus group (362 matched genes)");
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("locus group");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("genes");
        assertThat(plot.getDataset().getColumnKeys()).containsExactly("protein-coding gene", "pseudogene");
        assertThat(plot.getDataset().getValue(0, 0)).isEqualTo(220);
        assertThat(plot.getOrientation().isVertical()).isTrue();
        assertThat(plot.getRenderer().getDefaultItemLabelsVisible()).as("room for count labels").isTrue();
        assertThat(chart.getLegend()).as("one table, no legend").isNull();
    }

    @Test
    void fortyCategoriesRenderWithTurnedLabelsAt1200By700() throws IOException {
        LinkedHashMap<String, Integer> many = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            many.put("Gene group number " + i, 40 - i);
        }
        AnalysisOutcome outcome = new AnalysisOutcome(820, many, null, 12,
                new ChartSpec(ChartType.BAR, "Genes per gene group", "gene group", "genes"));
        BufferedImage image = decode(renderer.render(outcome, 1200, 700));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(700);
        assertThat(colours(image)).isGreaterThan(5);
        CategoryPlot plot = renderer.chart(outcome, 1200).getCategoryPlot();
        assertThat(plot.getDataset().getColumnCount()).isEqualTo(40);
        assertThat(plot.getDomainAxis().getCategoryLabelPositions()).isEqualTo(CategoryLabelPositions.UP_90);
        assertThat(plot.getRenderer().getDefaultItemLabelsVisible()).as("30 px per bar: no count labels").isFalse();
    }

    @Test
    void lineChartOverYearsWithOneLinePerSeriesAndALegend() throws IOException {
        LinkedHashMap<String, LinkedHashMap<String, Integer>> series = new LinkedHashMap<>();
        series.put("protein-coding gene", years(3, 5, 2));
        series.put("pseudogene", years(1, 0, 4));
        AnalysisOutcome outcome = new AnalysisOutcome(15, null, series, null,
                new ChartSpec(ChartType.LINE, "Genes approved per year", "year approved", "genes approved"));
        JFreeChart chart = renderer.chart(outcome, 1200);
        assertThat(chart.getTitle().getText()).isEqualTo("Genes approved per year");
        assertThat(chart.getLegend()).isNotNull();
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset().getSeriesKey(1)).isEqualTo("pseudogene");
        assertThat(plot.getDataset().getXValue(1, 2)).isEqualTo(2002.0);
        assertThat(plot.getDataset().getYValue(1, 2)).isEqualTo(4.0);
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        assertThat(years.getLabel()).isEqualTo("year approved");
        assertThat(years.getNumberFormatOverride().format(1990)).as("no digit grouping").isEqualTo("1990");
        BufferedImage image = decode(renderer.render(outcome, 1200, 700));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(700);
        assertThat(colours(image)).isGreaterThan(5);
    }

    @Test
    void aSingleLineHasNoLegend() {
        AnalysisOutcome outcome = new AnalysisOutcome(10, years(3, 5, 2), null, null,
                new ChartSpec(ChartType.LINE, "Genes approved per year", "year approved", "genes approved"));
        assertThat(renderer.chart(outcome, 1200).getLegend()).isNull();
    }

    @Test
    void horizontalPercentChartShowsEachShareInItsLabelOnA0To100Axis() throws IOException {
        LinkedHashMap<String, Double> shares = new LinkedHashMap<>();
        for (int i = 0; i < 57; i++) {
            shares.put("field_" + i, i * 1.5);
        }
        AnalysisOutcome outcome = new AnalysisOutcome(10, shares, null, null, new ChartSpec(ChartType.HORIZONTAL_BAR,
                "Share of genes with each field filled", "field", "% of genes"));
        JFreeChart chart = renderer.chart(outcome, 1200);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getOrientation().isHorizontal()).isTrue();
        assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(0.0);
        assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(100.0);
        assertThat(plot.getDataset().getColumnKey(3)).isEqualTo("field_3  4.5 %");
        assertThat(plot.getDataset().getValue(0, 3)).isEqualTo(4.5);
        BufferedImage image = decode(renderer.render(outcome, 1200, 700));
        assertThat(image.getHeight()).isEqualTo(700);
        assertThat(colours(image)).isGreaterThan(5);
    }

    @Test
    void anEmptyOutcomeStillRenders() throws IOException {
        AnalysisOutcome outcome = new AnalysisOutcome(0, new LinkedHashMap<String, Integer>(), null, 0,
                new ChartSpec(ChartType.BAR, "Genes per locus type (0 matched genes)", "locus type", "genes"));
        BufferedImage image = decode(renderer.render(outcome, 400, 300));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(renderer.chart(outcome, 400).getCategoryPlot().getNoDataMessage()).isEqualTo("No genes to show");
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

    /** Distinct colours on a 7-pixel grid: a blank image has one. */
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
