package dev.genedata.hgnc.worker.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.text.DecimalFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look all charts share: white background, light grid, a ten-colour palette that stays apart on
 * screen and in print (after ten series the colours repeat dashed, then dotted), readable fonts.
 */
final class ChartStyle {

    static final Color GRID = new Color(0xd9, 0xd9, 0xd9);
    static final Color TEXT = new Color(0x33, 0x33, 0x33);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font SMALL_TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xa6a21a), new Color(0x17becf) };
    private static final float LINE_WIDTH = 2.2f;
    private static final float[][] DASHES = { null, { 8f, 4f }, { 2f, 3f } };

    private ChartStyle() {
    }

    /** The colour of series {@code i}. */
    static Paint paint(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** The line of series {@code i}: solid for the first ten, then dashed, then dotted. */
    static Stroke stroke(int i) {
        float[] dash = DASHES[(i / PALETTE.length) % DASHES.length];
        return dash == null ? new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** Background, title, legend and no-data message of a freshly made chart. */
    static void frame(JFreeChart chart, Plot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        chart.getTitle().setFont(TITLE);
        chart.getTitle().setPaint(TEXT);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("No genes to show");
        plot.setNoDataMessageFont(TITLE);
    }

    /** Fonts and colours of an axis. */
    static void axis(Axis axis, Font ticks) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(ticks);
        axis.setTickLabelPaint(TEXT);
    }

    /** A count axis: whole numbers only, from zero. */
    static void countAxis(NumberAxis axis) {
        axis(axis, TICKS);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(true);
    }

    /** A percent axis: 0 to 100 in steps of 10. */
    static void percentAxis(NumberAxis axis) {
        axis(axis, TICKS);
        axis.setRange(0, 100);
        axis.setTickUnit(new NumberTickUnit(10, new DecimalFormat("0")));
    }

    /** A year axis: whole years, no digit grouping ("1990", not "1,990"). */
    static void yearAxis(NumberAxis axis) {
        axis(axis, TICKS);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new DecimalFormat("0"));
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
    }
}
