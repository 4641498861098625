package org.taplatform.needs.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link CategoryChart} as PNG or SVG with JFreeChart (the same chart object for both, so they never differ).
 * Horizontal bars, because category labels (TA subtypes, regions) are long; for Arabic the axis sits on the right and
 * the bars grow leftwards.
 */
public final class ChartRenderer {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final Color[] PALETTE = { new Color(0x00, 0x9E, 0xDB), new Color(0xF2, 0x8E, 0x2B),
            new Color(0x59, 0xA1, 0x4F), new Color(0xE1, 0x57, 0x59), new Color(0x76, 0xB7, 0xB2),
            new Color(0xB0, 0x7A, 0xA1) };

    private ChartRenderer() {
    }

    public static byte[] png(CategoryChart chart) {
        JFreeChart drawn = draw(chart);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, drawn, width(), height(chart));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String svg(CategoryChart chart) {
        JFreeChart drawn = draw(chart);
        SVGGraphics2D svg = new SVGGraphics2D(width(), height(chart));
        drawn.draw(svg, new Rectangle(0, 0, width(), height(chart)));
        return svg.getSVGDocument();
    }

    private static int width() {
        return 1000;
    }

    /** Tall enough for every bar's label. */
    private static int height(CategoryChart chart) {
        int rows = Math.max(1, chart.categories().size()) * (chart.stacked() ? 1 : Math.max(1, chart.series().size()));
        return Math.max(320, 140 + rows * 30);
    }

    private static JFreeChart draw(CategoryChart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CategoryChart.Series series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                Number value = series.values().get(i);
                data.addValue(value, series.name(), chart.categories().get(i));
            }
        }
        List<String> texts = new ArrayList<>(chart.categories());
        texts.add(chart.title());
        texts.add(chart.subtitle() == null ? "" : chart.subtitle());
        texts.add(chart.valueAxisLabel());
        chart.series().forEach(s -> texts.add(s.name()));
        Font font = ChartFonts.forTexts(texts, 12f);

        CategoryAxis categoryAxis = new CategoryAxis(null);
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.45f);
        categoryAxis.setMaximumCategoryLabelLines(2);
        NumberAxis valueAxis = new NumberAxis(chart.valueAxisLabel());
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        valueAxis.setInverted(chart.rightToLeft());
        BarRenderer renderer = chart.stacked() ? new StackedBarRenderer() : new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(!chart.stacked());
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        if (chart.rightToLeft()) {
            plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        }
        JFreeChart drawn = new JFreeChart(chart.title(), font.deriveFont(Font.BOLD, 16f), plot, chart.series().size() > 1);
        if (chart.subtitle() != null) {
            drawn.addSubtitle(new TextTitle(chart.subtitle(), font.deriveFont(12f)));
        }
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(font.deriveFont(13f));
        theme.setRegularFont(font.deriveFont(12f));
        theme.setSmallFont(font.deriveFont(11f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.apply(drawn);
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]); // the theme resets the paints
        }
        // the value just past the end of each bar (its start is the axis: right-hand for right-to-left charts)
        renderer.setDefaultPositiveItemLabelPosition(chart.rightToLeft()
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        renderer.setItemMargin(0.05);
        categoryAxis.setCategoryMargin(0.25);
        valueAxis.setUpperMargin(0.1);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        if (drawn.getLegend() != null) {
            drawn.getLegend().setPosition(RectangleEdge.BOTTOM);
        }
        return drawn;
    }
}
