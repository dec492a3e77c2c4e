package dev.spinup.report.charts;

import dev.spinup.orchestration.CountSeries;
import java.util.ArrayList;
import java.util.List;

/** A cluster count series (pods ready, pending) as a step line in seconds, held to the run's end. */
final class ClusterSeriesLine {

    private ClusterSeriesLine() {
    }

    static StepLine of(CountSeries series, long endNanos) {
        List<StepLine.Point> points = new ArrayList<>(series.size() + 1);
        if (series.time(0) > 0) {
            points.add(new StepLine.Point(0, 0));
        }
        for (int i = 0; i < series.size(); i++) {
            points.add(new StepLine.Point(series.time(i) / 1e9, series.value(i)));
        }
        return StepLine.heldTo(points, endNanos);
    }
}
