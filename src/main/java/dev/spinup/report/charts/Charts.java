package dev.spinup.report.charts;

import dev.spinup.report.style.Theme;
import dev.spinup.run.Metric;
import dev.spinup.run.Recording;
import dev.spinup.run.RunResult;
import dev.spinup.run.SweepResult;
import dev.spinup.scenario.ChartKind;
import dev.spinup.scenario.StackChoice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The charts of a run or a sweep, built the same way for the app's screen and for export, so what a teacher sees
 * is what lands on the slide.
 */
public final class Charts {

    /** What a lesson gets when its scenario names no charts: all of them, the picture of the stacks first. */
    public static final List<ChartKind> DEFAULT_KINDS = List.of(ChartKind.STACK_DIAGRAM, ChartKind.READY_OVER_TIME,
            ChartKind.BOOT_TIMELINE, ChartKind.STARTUP_CDF, ChartKind.PHASE_BREAKDOWN, ChartKind.DENSITY,
            ChartKind.MEMORY_BREAKDOWN, ChartKind.UTILISATION);

    private Charts() {
    }

    /**
     * The charts the scenario asks for, in its order (every kind once), or {@link #DEFAULT_KINDS} when it asks
     * for none, the phase breakdown followed by its zoom when some starts are too short to see on its scale;
     * followed by the build chart when the timeline built an image.
     */
    public static List<Chart> forRun(RunResult result, Theme theme) {
        List<ChartKind> kinds = result.scenario().charts().isEmpty() ? DEFAULT_KINDS : result.scenario().charts();
        List<Chart> charts = new ArrayList<>();
        for (ChartKind kind : new LinkedHashSet<>(kinds)) {
            if (kind != ChartKind.BUILD_STEPS && (result.recording() == Recording.FULL || !needsFullDetail(kind))) {
                charts.add(of(kind, result, theme));
            }
            if (kind == ChartKind.PHASE_BREAKDOWN) {
                PhaseBreakdownChart.zoom(result, theme).ifPresent(charts::add);
            }
        }
        BuildChart.of(result, theme).ifPresent(charts::add);
        return charts;
    }

    /** Drawn from phase timelines or load series, which a run that keeps summaries and series only has not. */
    private static boolean needsFullDetail(ChartKind kind) {
        return kind == ChartKind.BOOT_TIMELINE || kind == ChartKind.UTILISATION;
    }

    /** One chart of a run. */
    public static Chart of(ChartKind kind, RunResult result, Theme theme) {
        return switch (kind) {
            case DENSITY -> DensityChart.of(result, theme);
            case MEMORY_BREAKDOWN -> MemoryBreakdownChart.of(result, theme);
            case BOOT_TIMELINE -> BootTimelineChart.of(result, theme);
            case READY_OVER_TIME -> ReadyOverTimeChart.of(result, theme);
            case STARTUP_CDF -> StartupCdfChart.of(result, theme);
            case PHASE_BREAKDOWN -> PhaseBreakdownChart.of(result, theme);
            case UTILISATION -> UtilisationChart.of(result, theme);
            case DOWNLOADS -> DownloadsChart.of(result, theme);
            case STARTUP_BY_REQUEST -> StartupByRequestChart.of(result, theme);
            case STACK_DIAGRAM -> StackDiagramChart.of(result.scenario(), theme);
            case PODS_OVER_TIME -> PodsOverTimeChart.of(result, theme);
            case NODE_FILL -> NodeFillChart.of(result, theme);
            case SCHEDULER_THROUGHPUT -> SchedulerThroughputChart.of(result, theme);
            case STEADY_STATE_OVERHEAD -> SteadyStateChart.of(result, theme);
            case BUILD_STEPS -> BuildChart.of(result, theme).orElseThrow(() ->
                    new IllegalArgumentException("this run built no image, so there is no build chart"));
        };
    }

    /** A metric over a sweep, stacks coloured by their family as in the run's charts. */
    public static Chart forSweep(SweepResult sweep, List<StackChoice> stacks, Metric metric, Theme theme) {
        return SweepChart.of(sweep, StackColours.of(stacks), metric, theme);
    }

    /**
     * A metric over a sweep when the stacks' families are not at hand: colours follow the palette's order,
     * so they may differ from the run's charts; prefer the overload with the stacks.
     */
    public static Chart forSweep(SweepResult sweep, Metric metric, Theme theme) {
        return SweepChart.of(sweep, StackColours.inOrder(sweep.stackIds()), metric, theme);
    }
}
