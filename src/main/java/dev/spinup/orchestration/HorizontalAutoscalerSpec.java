package dev.spinup.orchestration;

import dev.spinup.model.catalogue.Cited;
import java.util.List;
import java.util.Objects;

/**
 * A HorizontalPodAutoscaler on one deployment, driven by a load curve: the CPU the app's users demand over time
 * (cores, linear between points), against a target utilisation of each pod's CPU request.
 */
public record HorizontalAutoscalerSpec(String deployment, int minReplicas, int maxReplicas,
                                       double targetUtilisation, Cited<Long> syncPeriodNanos,
                                       Cited<Long> stabilisationNanos, Cited<Double> tolerance,
                                       List<LoadPoint> load) {

    /** The demand at one instant, in cores. */
    public record LoadPoint(long atNanos, double cores) {
    }

    public HorizontalAutoscalerSpec {
        Objects.requireNonNull(deployment, "deployment");
        load = List.copyOf(load);
        if (minReplicas < 1 || maxReplicas < minReplicas || !(targetUtilisation > 0) || load.isEmpty()) {
            throw new IllegalArgumentException(deployment + ": an autoscaler needs 1 ≤ min ≤ max, a positive target"
                    + " and a load curve");
        }
    }

    /** The demand at {@code time}, interpolated linearly; flat before the first point and after the last. */
    public double loadAt(long time) {
        LoadPoint previous = load.get(0);
        if (time <= previous.atNanos()) {
            return previous.cores();
        }
        for (LoadPoint point : load) {
            if (time <= point.atNanos()) {
                double span = point.atNanos() - previous.atNanos();
                double share = span == 0 ? 1 : (time - previous.atNanos()) / span;
                return previous.cores() + share * (point.cores() - previous.cores());
            }
            previous = point;
        }
        return previous.cores();
    }
}
