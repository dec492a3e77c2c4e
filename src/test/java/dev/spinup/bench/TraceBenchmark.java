package dev.spinup.bench;

import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.run.ArmResult;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.Runner;
import dev.spinup.run.TraceIndex;
import dev.spinup.scenario.Lessons;
import java.util.Locale;

/**
 * The size of a lesson's recorded trace per instance: the compact {@link TraceIndex} beside the number of model
 * events and phase intervals the detailed replication keeps as objects.
 *
 * <p>Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.spinup.bench.TraceBenchmark
 * -Dbench.args=boot-storm}
 */
public final class TraceBenchmark {

    private TraceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String lesson = args.length > 0 ? args[0] : "boot-storm";
        RunResult result = new Runner().run(Lessons.load(lesson).scenario());
        for (ArmResult arm : result.arms()) {
            TraceIndex index = TraceIndex.of(arm);
            long intervals = 0;
            for (InstanceResult instance : arm.instances()) {
                for (PhaseRecord phase : instance.phases()) {
                    intervals += phase.intervals().size();
                }
            }
            int n = index.entities();
            System.out.printf(Locale.ROOT, "%-28s %6d instances: index %7d rows, %9d bytes = %6.1f bytes/instance;"
                            + " trace %7d events (%.1f/instance), %7d phase intervals (%.1f/instance)%n",
                    arm.stack().label(), n, index.rows(), index.sizeBytes(), index.sizeBytes() / (double) n,
                    arm.trace().size(), arm.trace().size() / (double) n, intervals, intervals / (double) n);
        }
    }
}
