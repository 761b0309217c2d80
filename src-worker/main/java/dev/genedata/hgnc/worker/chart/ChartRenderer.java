package dev.genedata.hgnc.worker.chart;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import dev.genedata.hgnc.worker.analysis.AnalysisOutcome;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/**
 * Draws an analysis outcome with JFreeChart, headless, as PNG: a bar chart, a line chart (one line per
 * series, with a legend when there are several) or a horizontal bar chart; category labels turn when
 * there are many so that 40 categories stay readable.
 */
@ApplicationScoped
public class ChartRenderer {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final Color BAR = new Color(0x2f, 0x6f, 0xb5);
    private static final Color GRID = new Color(0xd0, 0xd0, 0xd0);

    /** The chart as PNG bytes, {@code width} × {@code height} pixels. */
    public byte[] render(AnalysisOutcome outcome, int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ChartUtils.writeChartAsPNG(png, chart(outcome), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
        return png.toByteArray();
    }

    /** The JFreeChart chart for an outcome. */
    JFreeChart chart(AnalysisOutcome outcome) {
        AnalysisOutcome.ChartSpec spec = outcome.chart();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<String, ? extends Map<String, ? extends Number>> series = outcome.asSeries();
        series.forEach((name, table) -> table.forEach((category, value) -> dataset.addValue(value, name, category)));
        boolean legend = outcome.series() != null;
        JFreeChart chart = switch (spec.type()) {
            case LINE -> ChartFactory.createLineChart(spec.title(), spec.categoryLabel(), spec.valueLabel(), dataset,
                    PlotOrientation.VERTICAL, legend, false, false);
            case BAR, HORIZONTAL_BAR -> ChartFactory.createBarChart(spec.title(), spec.categoryLabel(),
                    spec.valueLabel(), dataset, spec.type() == ChartType.BAR ? PlotOrientation.VERTICAL
                            : PlotOrientation.HORIZONTAL, legend, false, false);
        };
        style(chart, spec, dataset.getColumnCount());
        return chart;
    }

    private static void style(JFreeChart chart, AnalysisOutcome.ChartSpec spec, int categories) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelLines(2);
        if (spec.type() != ChartType.HORIZONTAL_BAR) {
            if (categories > 12) {
                axis.setCategoryLabelPositions(categories > 30 ? CategoryLabelPositions.UP_90 : CategoryLabelPositions.UP_45);
            }
            axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, categories > 30 ? 10 : 12));
        } else {
            axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, categories > 40 ? 9 : 11));
        }
        if (spec.maxValue() != null) {
            plot.getRangeAxis().setRange(0, spec.maxValue());
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setSeriesPaint(0, BAR);
            bars.setItemMargin(0.05);
        }
    }
}
