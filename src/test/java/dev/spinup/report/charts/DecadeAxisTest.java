package dev.spinup.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class DecadeAxisTest {

    @Test
    void labelsOneTwoAndFiveTimesPowersOfTenAsPlainNumbers() {
        assertEquals(List.of("0.2", "0.5", "1", "2", "5", "10", "20"), labels(0.15, 30));
    }

    @Test
    void overManyDecadesOnlyThePowersOfTen() {
        assertEquals(List.of("0.001", "0.01", "0.1", "1", "10", "100"), labels(0.001, 500));
    }

    private static List<String> labels(double lower, double upper) {
        var axis = (DecadeAxis) ChartAxes.logarithmic("t");
        axis.setRange(lower, upper);
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        try {
            List<?> ticks = axis.refreshTicks(g2, new org.jfree.chart.axis.AxisState(),
                    new Rectangle2D.Double(0, 0, 800, 400), RectangleEdge.BOTTOM);
            return ticks.stream().map(NumberTick.class::cast).filter(t -> t.getTickType() == TickType.MAJOR)
                    .map(NumberTick::getText).toList();
        } finally {
            g2.dispose();
        }
    }
}
