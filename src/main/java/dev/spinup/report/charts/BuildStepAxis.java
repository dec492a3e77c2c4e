package dev.spinup.report.charts;

import java.awt.Font;
import org.jfree.chart.axis.CategoryAxis;

/**
 * The step axis of the build chart: a build's heading row is drawn in bold, at whatever size the theme last gave
 * the tick labels (a per-category font set once would keep its size when the app rescales the chart's type).
 */
final class BuildStepAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;

    @Override
    public Font getTickLabelFont(Comparable category) {
        Font font = super.getTickLabelFont(category);
        return category instanceof BuildStepRow row && row.isHeader() ? font.deriveFont(Font.BOLD) : font;
    }
}
