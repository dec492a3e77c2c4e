package dev.spinup.report.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Applies a {@link ThemeStyle} to a chart: StandardChartTheme does fonts and neutral colours, this class adds what
 * it lacks (stroke widths, dashes, markers, hatches, marker and category annotation labels, sizes that scale with
 * the type) and keeps the series colours a chart builder chose.
 */
final class ChartStyler {

    private final ThemeStyle style;

    ChartStyler(ThemeStyle style) {
        this.style = style;
    }

    void style(JFreeChart chart) {
        Plots plots = new Plots(chart.getPlot());
        Map<AbstractRenderer, Integer> renderers = plots.renderersWithSeriesCounts();
        // StandardChartTheme clears series paints on auto-populating renderers; keep the builder's colours.
        Map<AbstractRenderer, Map<Integer, Paint>> chosenPaints = explicitSeriesPaints(renderers);
        standardTheme().apply(chart);
        chosenPaints.forEach((r, paints) -> paints.forEach((series, paint) -> r.setSeriesPaint(series, paint, false)));

        styleChart(chart, plots);
        for (Plot plot : plots.all()) {
            stylePlot(plot);
        }
        renderers.forEach(this::styleRenderer);
    }

    private StandardChartTheme standardTheme() {
        ThemeColours c = style.colours();
        ThemeFonts f = style.fonts();
        StandardChartTheme t = new StandardChartTheme("Spinup", false);
        t.setExtraLargeFont(f.titleFont());
        t.setLargeFont(f.axisLabelFont());
        t.setRegularFont(f.tickLabelFont());
        t.setSmallFont(f.annotationFont());
        t.setTitlePaint(c.text());
        t.setSubtitlePaint(c.text());
        t.setChartBackgroundPaint(c.background());
        t.setLegendBackgroundPaint(c.background());
        t.setLegendItemPaint(c.text());
        t.setPlotBackgroundPaint(c.plotBackground());
        t.setPlotOutlinePaint(c.outline());
        t.setDomainGridlinePaint(c.gridline());
        t.setRangeGridlinePaint(c.gridline());
        t.setBaselinePaint(c.mutedText());
        t.setCrosshairPaint(c.text());
        t.setAxisLabelPaint(c.text());
        t.setTickLabelPaint(c.mutedText());
        t.setItemLabelPaint(c.text());
        t.setErrorIndicatorPaint(c.text());
        t.setLabelLinkPaint(c.mutedText());
        t.setShadowVisible(false);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        t.setDrawingSupplier(drawingSupplier());
        return t;
    }

    private DefaultDrawingSupplier drawingSupplier() {
        List<Swatch> sequence = Palette.SERIES_SEQUENCE;
        Paint[] paints = sequence.stream().map(Swatch::colour).toArray(Paint[]::new);
        Stroke[] strokes = {new BasicStroke(style.strokes().series())};
        Shape[] shapes = sequence.stream().map(s -> GreyscaleCue.forSwatch(s).marker().at(style.strokes().markerSize()))
                .toArray(Shape[]::new);
        return new DefaultDrawingSupplier(paints, paints, new Paint[] {style.colours().outline()}, strokes,
                new Stroke[] {new BasicStroke(style.strokes().outline())}, shapes);
    }

    private static Map<AbstractRenderer, Map<Integer, Paint>> explicitSeriesPaints(
            Map<AbstractRenderer, Integer> renderers) {
        Map<AbstractRenderer, Map<Integer, Paint>> result = new IdentityHashMap<>();
        renderers.forEach((r, count) -> {
            Map<Integer, Paint> paints = new HashMap<>();
            for (int series = 0; series < count; series++) {
                Paint p = r.getSeriesPaint(series);
                if (p != null) {
                    paints.put(series, p);
                }
            }
            result.put(r, paints);
        });
        return result;
    }

    private void styleChart(JFreeChart chart, Plots plots) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double pad = style.fonts().tickLabel() * 0.8;
        chart.setPadding(new RectangleInsets(pad, pad, pad, pad * 1.5));
        if (chart.getTitle() != null) {
            chart.getTitle().setPadding(new RectangleInsets(0, 0, style.fonts().title() * 0.4, 0));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title title = chart.getSubtitle(i);
            if (title instanceof LegendTitle legend) {
                styleLegend(legend, plots);
            }
        }
    }

    private void styleLegend(LegendTitle legend, Plots plots) {
        float size = style.fonts().legend();
        legend.setItemFont(style.fonts().legendFont());
        legend.setItemPaint(style.colours().text());
        legend.setBackgroundPaint(style.colours().background());
        legend.setFrame(BlockBorder.NONE);
        legend.setItemLabelPadding(new RectangleInsets(2, size * 0.3, 2, size * 1.2));
        legend.setMargin(new RectangleInsets(size * 0.5, 0, 0, 0));
        LegendItemSource[] sources = legend.getSources();
        for (int i = 0; i < sources.length; i++) {
            LegendItemSource plain = sources[i] instanceof GreyscaleLegendSource g ? g.delegate() : sources[i];
            sources[i] = style.greyscaleCues() ? new GreyscaleLegendSource(plain, plots, hatchSpacing()) : plain;
        }
        legend.setSources(sources);
    }

    private void stylePlot(Plot plot) {
        ThemeStrokes s = style.strokes();
        plot.setOutlineStroke(new BasicStroke(s.outline()));
        plot.setOutlinePaint(style.colours().outline());
        Stroke grid = new BasicStroke(s.gridline());
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlineStroke(grid);
            xy.setRangeGridlineStroke(grid);
            xy.setDomainGridlinePaint(style.colours().gridline());
            xy.setRangeGridlinePaint(style.colours().gridline());
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
            for (int i = 0; i < Math.max(1, xy.getRendererCount()); i++) {
                styleMarkers(xy.getDomainMarkers(i, Layer.FOREGROUND));
                styleMarkers(xy.getDomainMarkers(i, Layer.BACKGROUND));
                styleMarkers(xy.getRangeMarkers(i, Layer.FOREGROUND));
                styleMarkers(xy.getRangeMarkers(i, Layer.BACKGROUND));
            }
            for (XYAnnotation a : xy.getAnnotations()) {
                if (a instanceof XYTextAnnotation text) {
                    text.setFont(style.fonts().annotationFont());
                    text.setPaint(style.colours().text());
                }
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setDomainGridlineStroke(grid);
            cat.setRangeGridlineStroke(grid);
            cat.setDomainGridlinePaint(style.colours().gridline());
            cat.setRangeGridlinePaint(style.colours().gridline());
            for (int i = 0; i < cat.getDomainAxisCount(); i++) {
                styleAxis(cat.getDomainAxis(i));
            }
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                styleAxis(cat.getRangeAxis(i));
            }
            for (int i = 0; i < Math.max(1, cat.getRendererCount()); i++) {
                styleMarkers(cat.getDomainMarkers(i, Layer.FOREGROUND));
                styleMarkers(cat.getDomainMarkers(i, Layer.BACKGROUND));
                styleMarkers(cat.getRangeMarkers(i, Layer.FOREGROUND));
                styleMarkers(cat.getRangeMarkers(i, Layer.BACKGROUND));
            }
            for (Object a : cat.getAnnotations()) {
                if (a instanceof CategoryTextAnnotation text) {
                    text.setFont(style.fonts().annotationFont());
                    text.setPaint(style.colours().text());
                }
            }
        }
    }

    private void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        ThemeFonts f = style.fonts();
        axis.setLabelFont(f.axisLabelFont());
        axis.setLabelPaint(style.colours().text());
        axis.setTickLabelFont(f.tickLabelFont());
        axis.setTickLabelPaint(style.colours().mutedText());
        axis.setAxisLinePaint(style.colours().outline());
        axis.setAxisLineStroke(new BasicStroke(style.strokes().axis()));
        axis.setTickMarkPaint(style.colours().outline());
        axis.setTickMarkStroke(new BasicStroke(style.strokes().axis()));
        axis.setTickMarkOutsideLength(f.tickLabel() * 0.35f);
        axis.setTickMarkInsideLength(0f);
        double gap = f.tickLabel() * 0.3;
        axis.setTickLabelInsets(new RectangleInsets(gap, gap, gap, gap));
        axis.setLabelInsets(new RectangleInsets(gap, gap, gap, gap));
    }

    private void styleMarkers(Collection<? extends Marker> markers) {
        if (markers == null) {
            return;
        }
        for (Marker m : markers) {
            m.setLabelFont(style.fonts().annotationFont());
            m.setLabelPaint(style.colours().text());
            Color bg = style.colours().background();
            m.setLabelBackgroundColor(new Color(bg.getRed(), bg.getGreen(), bg.getBlue(), 210));
            double offset = style.fonts().annotation() * 0.3;
            m.setLabelOffset(new RectangleInsets(offset, offset, offset, offset));
            if (m.getStroke() instanceof BasicStroke b) {
                float width = style.strokes().series() * 0.6f;
                float[] dash = b.getDashArray();
                if (dash != null) {
                    float k = width / b.getLineWidth();
                    dash = dash.clone();
                    for (int i = 0; i < dash.length; i++) {
                        dash[i] *= k;
                    }
                }
                m.setStroke(new BasicStroke(width, b.getEndCap(), b.getLineJoin(), b.getMiterLimit(), dash,
                        b.getDashPhase()));
            }
        }
    }

    private void styleRenderer(AbstractRenderer r, int seriesCount) {
        ThemeStrokes s = style.strokes();
        float legend = style.fonts().legend();
        for (int series = 0; series < seriesCount; series++) {
            GreyscaleCue cue = GreyscaleCue.forSeries(r.lookupSeriesPaint(series), series);
            DashPattern dash = style.greyscaleCues() ? cue.dash() : DashPattern.SOLID;
            r.setSeriesStroke(series, dash.stroke(s.series()), false);
            r.setSeriesShape(series, cue.marker().at(s.markerSize()), false);
            r.setSeriesOutlineStroke(series, new BasicStroke(s.outline()), false);
        }
        r.setDefaultStroke(new BasicStroke(s.series()), false);
        Shape swatch = swatch(legend * (style.greyscaleCues() ? 1.2 : 0.8));
        if (r instanceof XYLineAndShapeRenderer line) {
            line.setDrawSeriesLineAsPath(true);
            double half = legend * (style.greyscaleCues() ? 1.8 : 1.1);
            line.setLegendLine(new Line2D.Double(-half, 0, half, 0));
        }
        if (r instanceof BarRenderer bar) {
            bar.setShadowVisible(false);
            bar.setDrawBarOutline(false);
            bar.setBarPainter(style.greyscaleCues() ? hatchedPainter() : new StandardBarPainter());
            bar.setDefaultLegendShape(swatch);
        }
        if (r instanceof XYBarRenderer bar) {
            bar.setShadowVisible(false);
            bar.setDrawBarOutline(false);
            bar.setBarPainter(style.greyscaleCues() ? hatchedPainter() : new StandardXYBarPainter());
            bar.setLegendBar(swatch);
        }
    }

    private HatchedBarPainter hatchedPainter() {
        return new HatchedBarPainter(hatchSpacing(), style.colours().outline(), style.strokes().outline());
    }

    private double hatchSpacing() {
        return Math.max(4.0, style.fonts().legend() * 0.55);
    }

    private static Shape swatch(double size) {
        return new Rectangle2D.Double(-size / 2, -size / 2, size, size);
    }
}
