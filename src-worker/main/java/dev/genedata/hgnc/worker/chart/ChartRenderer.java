package dev.genedata.hgnc.worker.chart;

import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import dev.genedata.hgnc.worker.analysis.AnalysisOutcome;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartSpec;
import dev.genedata.hgnc.worker.analysis.AnalysisOutcome.ChartType;

/**
 * Draws an analysis outcome with JFreeChart, headless, as PNG: vertical bars (counts), lines over years
 * (approvals, one line per series with a legend when there are series) or horizontal bars on a 0–100
 * percent axis (completeness). Vertical bar labels turn 45° or 90° when there are many, so that 40
 * categories stay readable.
 */
@ApplicationScoped
public class ChartRenderer {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** Up to this many points per line, and this many lines, each point gets a marker. */
    private static final int MARKED_POINTS = 25;
    private static final int MARKED_LINES = 10;
    /** Vertical bars get their value written on top when each has at least this many pixels. */
    private static final int MIN_LABELLED_BAR_PIXELS = 40;

    /**
     * The chart as PNG bytes.
     *
     * @param width the image width in pixels
     * @param height the image height in pixels
     */
    public byte[] render(AnalysisOutcome outcome, int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ChartUtils.writeChartAsPNG(png, chart(outcome, width), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
        return png.toByteArray();
    }

    /**
     * The JFreeChart chart for an outcome, before it is drawn.
     *
     * @param width the width it will be drawn at, in pixels: bars get value labels only when they fit
     */
    JFreeChart chart(AnalysisOutcome outcome, int width) {
        return outcome.chart().type() == ChartType.LINE ? lines(outcome) : bars(outcome, width);
    }

    private static JFreeChart bars(AnalysisOutcome outcome, int width) {
        ChartSpec spec = outcome.chart();
        boolean horizontal = spec.type() == ChartType.HORIZONTAL_BAR;
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        outcome.asSeries().forEach((name, table) -> table.forEach((category, value) ->
                dataset.addValue(value, name, horizontal && outcome.series() == null ? percentLabel(category, value)
                        : category)));
        boolean legend = outcome.series() != null;
        JFreeChart chart = ChartFactory.createBarChart(spec.title(), spec.categoryLabel(), spec.valueLabel(), dataset,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, legend, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        ChartStyle.frame(chart, plot);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        int bars = dataset.getColumnCount() * Math.max(1, dataset.getRowCount());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        if (!horizontal && width / Math.max(1, bars) >= MIN_LABELLED_BAR_PIXELS) {
            countLabels(renderer);
        }
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < dataset.getRowCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.paint(i));
        }
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.15);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        if (horizontal) {
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
            ChartStyle.axis(categories, dataset.getColumnCount() > 40 ? ChartStyle.SMALL_TICKS : ChartStyle.TICKS);
            ChartStyle.percentAxis(values);
        } else {
            turnLabels(categories, dataset);
            ChartStyle.countAxis(values);
            values.setUpperMargin(0.08);
        }
        return chart;
    }

    /** "omim_id  39.4 %": a field with its share, as the category label of a percent bar. */
    static String percentLabel(String category, Number value) {
        return category + "  " + String.format(Locale.ROOT, "%.1f", value.doubleValue()) + " %";
    }

    /** Each bar's count just above it. */
    private static void countLabels(BarRenderer renderer) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                NumberFormat.getIntegerInstance(Locale.ROOT)));
        renderer.setDefaultItemLabelFont(ChartStyle.SMALL_TICKS);
        renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        renderer.setItemLabelAnchorOffset(3);
    }

    /** Level labels while they fit, 45° for a moderate number of categories, 90° for many. */
    private static void turnLabels(CategoryAxis axis, DefaultCategoryDataset dataset) {
        int count = dataset.getColumnCount();
        int longest = ((List<?>) dataset.getColumnKeys()).stream().mapToInt(key -> key.toString().length()).max()
                .orElse(0);
        if (count * longest > 120) {
            axis.setCategoryLabelPositions(count > 30 ? CategoryLabelPositions.UP_90 : CategoryLabelPositions.UP_45);
        }
        ChartStyle.axis(axis, count > 30 ? ChartStyle.SMALL_TICKS : ChartStyle.TICKS);
    }

    /** Lines over years: the categories of each series are years. */
    private static JFreeChart lines(AnalysisOutcome outcome) {
        ChartSpec spec = outcome.chart();
        XYSeriesCollection dataset = new XYSeriesCollection();
        int points = 0;
        for (Map.Entry<String, ? extends Map<String, ? extends Number>> series : outcome.asSeries().entrySet()) {
            XYSeries line = new XYSeries(series.getKey(), false, false);
            series.getValue().forEach((year, value) -> line.add(Integer.parseInt(year), value));
            dataset.addSeries(line);
            points = Math.max(points, line.getItemCount());
        }
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title(), spec.categoryLabel(), spec.valueLabel(),
                dataset, PlotOrientation.VERTICAL, outcome.series() != null, false, false);
        XYPlot plot = chart.getXYPlot();
        ChartStyle.frame(chart, plot);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        ChartStyle.yearAxis((NumberAxis) plot.getDomainAxis());
        ChartStyle.countAxis((NumberAxis) plot.getRangeAxis());
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true,
                points <= MARKED_POINTS && dataset.getSeriesCount() <= MARKED_LINES);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.paint(i));
            renderer.setSeriesStroke(i, ChartStyle.stroke(i));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        renderer.setDrawSeriesLineAsPath(true);
        plot.setRenderer(renderer);
        return chart;
    }
}
