package dev.spinup.lesson;

import dev.spinup.model.runtime.StartupPlanner;
import dev.spinup.engine.stats.Tally;
import dev.spinup.model.stack.ResourceClass;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseRecord;
import dev.spinup.run.ActionOutcome;
import dev.spinup.run.ArmResult;
import dev.spinup.run.ArmSummary;
import dev.spinup.run.InstanceResult;
import dev.spinup.run.RunResult;
import dev.spinup.run.SteadyStateRun;
import dev.spinup.scenario.text.Expression;
import dev.spinup.scenario.text.Figure;
import dev.spinup.scenario.text.FigureKind;
import dev.spinup.scenario.text.QuantityKind;
import dev.spinup.model.host.MemoryComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every named figure of a run, computed in one place from the replication that is shown (the first: the one
 * the charts draw, the app plays and {@code figures.csv} lists), so a text, the terminal table and a chart
 * that quote the same figure print the same value.
 */
public final class Figures {

    private final RunResult result;
    /** Each arm's one pass over its instances, made when a figure first needs it (charts ask from several threads). */
    private final Map<ArmResult, ArmPass> passes = Collections.synchronizedMap(new IdentityHashMap<>());

    private Figures(RunResult result) {
        this.result = Objects.requireNonNull(result, "result");
    }

    public static Figures of(RunResult result) {
        return new Figures(result);
    }

    public RunResult result() {
        return result;
    }

    /** A figure with its value, as {@code figures.csv} lists them. */
    public record Named(Figure figure, Quantity value) {
        public Named {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Every figure this run defines: the scenario's inputs, then per stack each plain figure, each phase its
     * instances went through, each memory component they hold, and each build and pull of the timeline.
     */
    public List<Named> all() {
        List<Named> all = new ArrayList<>();
        for (FigureKind kind : FigureKind.values()) {
            if (!kind.perStack()) {
                add(all, new Figure(Optional.empty(), kind, Optional.empty()));
            }
        }
        for (ArmResult arm : result.arms()) {
            Optional<String> stack = Optional.of(arm.stack().id());
            for (FigureKind kind : FigureKind.values()) {
                if (kind.perStack() && kind.argument() == FigureKind.Argument.NONE) {
                    add(all, new Figure(stack, kind, Optional.empty()));
                }
            }
            for (PhaseKind phase : pass(arm).readyPhases()) {
                for (FigureKind kind : List.of(FigureKind.PHASE, FigureKind.PHASE_ALONE, FigureKind.FIRST_PHASE,
                        FigureKind.LAST_PHASE)) {
                    add(all, new Figure(stack, kind, Optional.of(FigureKind.kebab(phase))));
                }
            }
            for (MemoryComponent c : MemoryComponent.values()) {
                if (arm.summary().memoryPerInstance().containsKey(c)) {
                    add(all, new Figure(stack, FigureKind.COMPONENT, Optional.of(FigureKind.kebab(c))));
                }
            }
            for (ResourceClass r : ResourceClass.values()) {
                if (arm.steadyState().stream().anyMatch(run -> run.of(r).isPresent())) {
                    add(all, new Figure(stack, FigureKind.SLOWDOWN, Optional.of(FigureKind.kebab(r))));
                }
            }
            long builds = arm.actions().stream().filter(ActionOutcome.Built.class::isInstance).count();
            for (int n = 1; n <= builds; n++) {
                add(all, new Figure(stack, FigureKind.BUILD, Optional.of(Integer.toString(n))));
                add(all, new Figure(stack, FigureKind.BUILD_CACHED, Optional.of(Integer.toString(n))));
            }
            long pulls = arm.actions().stream().filter(ActionOutcome.Pulled.class::isInstance).count();
            for (int n = 1; n <= pulls; n++) {
                add(all, new Figure(stack, FigureKind.PULL, Optional.of(Integer.toString(n))));
                add(all, new Figure(stack, FigureKind.PULL_IMAGE, Optional.of(Integer.toString(n))));
            }
        }
        return all;
    }

    private void add(List<Named> all, Figure figure) {
        all.add(new Named(figure, value(figure)));
    }

    /** The value of one placeholder's expression. */
    public Quantity evaluate(Expression expression) {
        if (expression instanceof Expression.Single s) {
            return value(s.figure());
        }
        if (expression instanceof Expression.Ratio r) {
            return new Quantity(value(r.numerator()).value() / value(r.denominator()).value(), r.quantity());
        }
        if (expression instanceof Expression.Difference d) {
            return new Quantity(value(d.minuend()).value() - value(d.subtrahend()).value(), d.quantity());
        }
        Expression.Change c = (Expression.Change) expression;
        return new Quantity(value(c.value()).value() / value(c.baseline()).value() - 1, QuantityKind.PERCENT);
    }

    /** One figure's value; NaN inside when the run does not define it (e.g. a phase no instance went through). */
    public Quantity value(Figure figure) {
        FigureKind kind = figure.kind();
        if (!kind.perStack()) {
            return scenarioFigure(kind);
        }
        ArmResult arm = figure.stack().flatMap(result::arm).orElse(result.arms().get(0));
        return new Quantity(stackFigure(arm, kind, figure.argument().orElse("")), kind.quantity());
    }

    /** The value of a stack's figure, by its kind and argument. */
    public Quantity value(String stackId, FigureKind kind, String argument) {
        return value(new Figure(Optional.of(stackId), kind,
                argument.isEmpty() ? Optional.empty() : Optional.of(argument)));
    }

    private Quantity scenarioFigure(FigureKind kind) {
        return switch (kind) {
            case INSTANCES -> Quantity.count(result.scenario().workload().instances());
            case HOST_CORES -> Quantity.count(result.scenario().hostSpecs().get(0).cores());
            case HOST_MEMORY -> Quantity.bytes(result.scenario().hostSpecs().get(0).memory().bytes());
            default -> throw new IllegalArgumentException(kind + " belongs to a stack");
        };
    }

    private double stackFigure(ArmResult arm, FigureKind kind, String argument) {
        ArmSummary s = arm.summary();
        boolean anyReady = s.ready() > 0;
        return switch (kind) {
            case STARTUP -> anyReady ? s.startup().p50() : Double.NaN;
            case STARTUP_P99 -> anyReady ? s.startup().p99() : Double.NaN;
            case STARTUP_MIN -> anyReady ? s.startup().min() : Double.NaN;
            case STARTUP_MAX -> anyReady ? s.startup().max() : Double.NaN;
            case FIRST_STARTUP -> pass(arm).first().map(i -> (double) i.startupNanos()).orElse(Double.NaN);
            case LAST_STARTUP -> pass(arm).last().map(i -> (double) i.startupNanos()).orElse(Double.NaN);
            case LAST_READY -> pass(arm).lastReadyAt() < 0 ? Double.NaN : pass(arm).lastReadyAt();
            case READY -> s.ready();
            case REQUESTED -> s.requested();
            case REFUSED -> s.refused();
            case MEMORY -> MemoryShares.own(s);
            // What the first host's admission counts for this arm: the request by reservation, resident memory by use.
            case RESERVED -> StartupPlanner.plan(arm.stack().spec(), result.scenario().workload().app())
                    .admitted(result.scenario().hostSpecsFor(arm.stack()).get(0).admission()).bytes();
            case SHARED_MEMORY -> MemoryShares.sharedOnHosts(arm);
            case MEMORY_PER_INSTANCE -> anyReady ? s.memoryPerInstanceBytes() : Double.NaN;
            case TOTAL_MEMORY -> MemoryShares.total(arm);
            case PHASE -> pass(arm).meanPhase(phase(argument));
            case PHASE_ALONE -> pass(arm).meanPhaseAlone(phase(argument));
            case FIRST_PHASE -> pass(arm).first().map(i -> phaseOf(i, phase(argument))).orElse(Double.NaN);
            case LAST_PHASE -> pass(arm).last().map(i -> phaseOf(i, phase(argument))).orElse(Double.NaN);
            case COMPONENT -> anyReady ? s.memoryPerInstance().getOrDefault(component(argument), 0.0) : Double.NaN;
            case SLOWDOWN -> slowdown(arm, resource(argument));
            case BUILD -> build(arm, argument).map(b -> (double) b.totalNanos()).orElse(Double.NaN);
            case BUILD_CACHED -> build(arm, argument)
                    .map(b -> (double) b.steps().stream().filter(ActionOutcome.BuildStepOutcome::cached).count())
                    .orElse(Double.NaN);
            case PULL -> pullAction(arm, argument).map(p -> (double) p.report().bytesDownloaded().bytes())
                    .orElse(Double.NaN);
            case PULL_IMAGE -> pullAction(arm, argument).map(p -> (double) p.report().image().compressedSize().bytes())
                    .orElse(Double.NaN);
            case FIRST_DOWNLOADED -> pass(arm).first().flatMap(i -> i.phases().stream().flatMap(p -> p.pull().stream())
                    .findFirst()).map(p -> (double) p.bytesDownloaded().bytes()).orElse(0.0);
            case DOWNLOADED -> downloaded(arm);
            case IMAGES_SIZE -> imagesSize(arm);
            case POD_STARTUP, POD_STARTUP_P99, POD_PULL_MAX, SCALE_OUT, MAX_PENDING, MAX_UNSCHEDULABLE,
                 NODES_ADDED, NODES_USED, PODS_EVICTED, RECOVERY ->
                    arm.cluster().map(c -> ClusterFigures.value(c, kind, result.scenario().cluster().orElseThrow()))
                            .orElse(Double.NaN);
            default -> throw new IllegalArgumentException(kind + " belongs to the scenario");
        };
    }

    private ArmPass pass(ArmResult arm) {
        return passes.computeIfAbsent(arm, ArmPass::new);
    }

    private static double phaseOf(InstanceResult instance, PhaseKind kind) {
        return instance.phases().stream().filter(p -> p.kind() == kind).mapToLong(PhaseRecord::durationNanos).sum();
    }

    private static Optional<ActionOutcome.Built> build(ArmResult arm, String position) {
        return nth(arm, ActionOutcome.Built.class, position);
    }

    /** The n-th (1-based) outcome of this kind, in the order the actions finished. */
    private static <T extends ActionOutcome> Optional<T> nth(ArmResult arm, Class<T> kind, String position) {
        List<T> outcomes = arm.actions().stream().filter(kind::isInstance).map(kind::cast).toList();
        int n = Integer.parseInt(position);
        return n <= outcomes.size() ? Optional.of(outcomes.get(n - 1)) : Optional.empty();
    }

    private static Optional<ActionOutcome.Pulled> pullAction(ArmResult arm, String position) {
        return nth(arm, ActionOutcome.Pulled.class, position);
    }

    private double downloaded(ArmResult arm) {
        double bytes = pass(arm).downloadedBytes();
        for (ActionOutcome action : arm.actions()) {
            if (action instanceof ActionOutcome.Pulled pulled) {
                bytes += pulled.report().bytesDownloaded().bytes();
            }
        }
        return bytes;
    }

    /** What every image pulled in the run would download on an empty host, sharing nothing. */
    private double imagesSize(ArmResult arm) {
        double bytes = 0;
        double each = result.scenario().workload().image().compressedSize().bytes();
        for (int i = pass(arm).pulling(); i > 0; i--) {
            bytes += each;
        }
        for (ActionOutcome action : arm.actions()) {
            if (action instanceof ActionOutcome.Pulled pulled) {
                bytes += pulled.report().image().compressedSize().bytes();
            }
        }
        return bytes;
    }

    /** The median over the instances that ran it; NaN when none did. */
    private static double slowdown(ArmResult arm, ResourceClass kind) {
        Tally tally = new Tally();
        for (SteadyStateRun run : arm.steadyState()) {
            run.of(kind).ifPresent(m -> tally.add(m.slowdown()));
        }
        return tally.count() == 0 ? Double.NaN : tally.percentile(0.5);
    }

    static ResourceClass resource(String kebab) {
        return Arrays.stream(ResourceClass.values()).filter(r -> FigureKind.kebab(r).equals(kebab)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no resource class " + kebab));
    }

    static PhaseKind phase(String kebab) {
        return Arrays.stream(PhaseKind.values()).filter(p -> FigureKind.kebab(p).equals(kebab)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no phase " + kebab));
    }

    static MemoryComponent component(String kebab) {
        return Arrays.stream(MemoryComponent.values()).filter(m -> FigureKind.kebab(m).equals(kebab)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no memory component " + kebab));
    }
}
