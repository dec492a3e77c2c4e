package dev.spinup.bench;

import dev.spinup.report.charts.BootTimelineChart;
import dev.spinup.report.charts.Chart;
import dev.spinup.report.charts.ChartScenarios;
import dev.spinup.report.charts.ReadyOverTimeChart;
import dev.spinup.report.export.ExportFormat;
import dev.spinup.report.export.ExportSize;
import dev.spinup.report.style.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long one 1920x1080 PNG of a chart takes, warm (the budget is 300 ms), against a baseline measured the same
 * way in the same run: JFreeChart's own {@code ChartUtils.writeChartAsPNG} of a trivial two-point line chart,
 * i.e. the floor any 1920x1080 PNG pays for rasterising and deflating that many pixels.
 *
 * <p>Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.args='ChartBenchmark'} for JMH's table, or
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.spinup.bench.ChartBenchmark -Dbench.args=} for the
 * table and the ratios to the baseline.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class ChartBenchmark {

    private static final ExportSize FULL_HD = new ExportSize(1920, 1080);

    /** The boot-storm lesson's charts, built once in the projector theme. */
    @State(Scope.Benchmark)
    public static class Charts {
        dev.spinup.run.RunResult run;
        Chart readyOverTime;
        Chart bootTimeline;
        JFreeChart trivial;

        @Setup(Level.Trial)
        public void setUp() {
            run = new dev.spinup.run.Runner().run(ChartScenarios.bootStorm());
            readyOverTime = ReadyOverTimeChart.of(run, Theme.PROJECTOR);
            bootTimeline = BootTimelineChart.of(run, Theme.PROJECTOR);
            XYSeries line = new XYSeries("line");
            line.add(0, 0);
            line.add(1, 1);
            trivial = ChartFactory.createXYLineChart("Trivial", "x", "y", new XYSeriesCollection(line));
        }
    }

    /** The typical chart: three stacks' ready counts over a 30 s run, about 300 steps each. */
    @Benchmark
    public byte[] readyOverTimePng(Charts charts) {
        return ExportFormat.png().toBytes(charts.readyOverTime.drawable(), FULL_HD);
    }

    /** The heaviest chart: three panels of 16 Gantt rows, seven phase families. */
    @Benchmark
    public byte[] bootTimelinePng(Charts charts) {
        return ExportFormat.png().toBytes(charts.bootTimeline.drawable(), FULL_HD);
    }

    /** What the app does on a parameter change: build the chart from the result, then export it. */
    @Benchmark
    public byte[] buildAndExportReadyOverTime(Charts charts) {
        return ExportFormat.png().toBytes(ReadyOverTimeChart.of(charts.run, Theme.PROJECTOR).drawable(), FULL_HD);
    }

    @Benchmark
    public byte[] baselineTrivialChartUtilsPng(Charts charts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, charts.trivial, 1920, 1080);
        return out.toByteArray();
    }

    /** Runs the benchmarks and prints each one's time as a multiple of the baseline's. */
    public static void main(String[] args) throws RunnerException {
        Collection<org.openjdk.jmh.results.RunResult> results = new Runner(new OptionsBuilder()
                .include(ChartBenchmark.class.getSimpleName()).build()).run();
        double baseline = score(results, "baselineTrivialChartUtilsPng");
        System.out.println();
        for (org.openjdk.jmh.results.RunResult result : results) {
            String name = result.getParams().getBenchmark();
            double ms = result.getPrimaryResult().getScore();
            System.out.println(String.format(Locale.ROOT, "%-32s %8.1f ms  %5.2fx baseline  %s",
                    name.substring(name.lastIndexOf('.') + 1), ms, ms / baseline, ms <= 300 ? "within 300 ms"
                            : "OVER the 300 ms budget"));
        }
    }

    private static double score(Collection<org.openjdk.jmh.results.RunResult> results, String benchmark) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark))
                .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the baseline did not run"));
    }
}
