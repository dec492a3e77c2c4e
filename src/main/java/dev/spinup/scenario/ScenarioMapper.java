package dev.spinup.scenario;

import dev.spinup.model.host.HostSpec;
import dev.spinup.model.runtime.StartupPlanner;
import dev.spinup.model.stack.AppProfile;
import dev.spinup.model.stack.CloudVmStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.RootVolume;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.orchestration.ClusterSpec;
import dev.spinup.scenario.json.ArrayView;
import dev.spinup.scenario.json.EnumNames;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.NumberNode;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.json.Quote;
import dev.spinup.scenario.json.StringNode;
import dev.spinup.scenario.unit.DurationText;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the tree of a whole scenario file into a {@link Scenario}: reads each section with its reader, then
 * checks what spans sections (instances in all, whether each VM is big enough for the app, actions after the
 * horizon). Every problem is recorded; a scenario is built only from a file without any.
 */
final class ScenarioMapper {

    /** The charts a lesson shows when it does not say. */
    static final List<ChartKind> DEFAULT_CHARTS = List.of(ChartKind.READY_OVER_TIME, ChartKind.PHASE_BREAKDOWN,
            ChartKind.MEMORY_BREAKDOWN);
    static final long DEFAULT_SEED = 1;

    private ScenarioMapper() {
    }

    static Optional<Scenario> map(ObjectView root, ReadContext context) {
        root.allow("$schema");
        schemaVersion(root);
        LessonInfo lesson = LessonReader.read(root.object("lesson"), context);
        long seed = root.optionalLong("seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        int replications = Bounds.optionalLimitedCount(root, "replications", 1, 1, ScenarioLimits.MAX_REPLICATIONS,
                "replications");
        Optional<Duration> horizon = Bounds.duration(root, "horizon", Duration.ofNanos(1),
                ScenarioLimits.MAX_HORIZON);
        HardwareReader.Setup hardware = HardwareReader.read(root.optionalObject("hardware"));
        HostSpec firstHost = hardware.hosts().get(0).spec();
        ImageLibrary images = ImageLibrary.read(root.optionalArray("images"), root.has("images"));
        List<StackReader.ReadStack> stacks = StackReader.read(root.array("stacks"), firstHost);
        ObjectView workloadView = root.object("workload");
        Optional<Workload> workload = WorkloadReader.read(workloadView, images, firstHost);
        Optional<ArrayView> timelineView = root.optionalArray("timeline");
        TimelineReader.Timeline timeline = TimelineReader.read(timelineView, new HostNames(hardware.hosts()),
                images);
        Optional<ObjectView> clusterView = root.optionalObject("cluster");
        Optional<ClusterSpec> cluster = clusterView.isEmpty() || workload.isEmpty() ? Optional.empty()
                : ClusterReader.read(clusterView.get(), images, workload.get().app(), workload.get().image(),
                        KnownNames.stackIds(root.node("stacks")));
        List<ChartKind> charts = root.optionalArray("charts").map(ScenarioMapper::charts).orElse(DEFAULT_CHARTS);
        Optional<ObjectView> whatIf = root.optionalObject("whatIf");
        Section.SCENARIO.finish(root);

        workload.ifPresent(w -> {
            checkInstancesInAll(workloadView, w, timeline);
            checkStacksFit(stacks, w.app());
            DerivedLimits.checkArrivals(workloadView, w);
        });
        horizon.ifPresent(h -> warnAfterHorizon(timelineView, timeline, h, context));
        images.warnUnused(context);
        if (context.hasProblems()) {
            return Optional.empty();
        }
        if (workload.isEmpty() || stacks.isEmpty()) {
            throw new IllegalStateException("a section could not be read, yet no problem was recorded");
        }
        Scenario scenario = new Scenario(Scenario.SCHEMA_VERSION, lesson, seed, replications, hardware.hosts(),
                hardware.registry(), hardware.pulls(),
                stacks.stream().map(s -> withRootVolume(s.choice(), workload.get())).toList(),
                workload.get(), timeline.actions(), charts, horizon, cluster);
        DerivedLimits.checkLargestTransfer(root, scenario);
        WorkBudget.check(root, scenario);
        WhatIfReader.read(whatIf, scenario);
        return context.hasProblems() ? Optional.empty() : Optional.of(scenario);
    }

    /**
     * What {@code workload.cache} means for a cloud VM: cold, a root volume made from the machine image's snapshot
     * and hydrated as the first boot reads it; warm, one already initialised. (For containers cold means the image
     * is pulled; a VM on a host of its own reads its disk image locally either way.)
     */
    private static StackChoice withRootVolume(StackChoice choice, Workload workload) {
        boolean cold = !workload.preloaded().contains(workload.image());
        return choice.spec() instanceof CloudVmStack cloud
                ? choice.withSpec(cloud.withRootVolume(cold ? RootVolume.LAZY_FROM_SNAPSHOT
                        : RootVolume.INITIALIZED))
                : choice;
    }

    private static void schemaVersion(ObjectView root) {
        if (!root.has("schemaVersion")) {
            root.requiredInt("schemaVersion", Scenario.SCHEMA_VERSION, Scenario.SCHEMA_VERSION);
            return;
        }
        JsonNode node = root.node("schemaVersion").orElseThrow();
        if (!(node instanceof NumberNode number)
                || number.decimal().compareTo(BigDecimal.valueOf(Scenario.SCHEMA_VERSION)) != 0) {
            root.problem("schemaVersion", "`schemaVersion` must be " + Scenario.SCHEMA_VERSION + ", the version of"
                    + " the format this Spinup reads, not " + node.describe());
        }
    }

    /** The charts, each once; unknown names are reported by {@link ArrayView#enums}. */
    private static List<ChartKind> charts(ArrayView array) {
        array.enums(ChartKind.class);
        List<ChartKind> charts = new ArrayList<>();
        Set<ChartKind> seen = EnumSet.noneOf(ChartKind.class);
        for (JsonNode node : array.nodes()) {
            if (node instanceof StringNode text) {
                EnumNames.parse(ChartKind.class, text.value()).ifPresent(kind -> {
                    if (seen.add(kind)) {
                        charts.add(kind);
                    } else {
                        array.problems().add(node, "the chart " + Quote.name(text.value()) + " is listed twice");
                    }
                });
            }
        }
        return charts;
    }

    private static void checkInstancesInAll(ObjectView workloadView, Workload workload,
                                            TimelineReader.Timeline timeline) {
        long total = workload.instances() + timeline.instancesAskedFor();
        if (total > ScenarioLimits.MAX_INSTANCES) {
            workloadView.problem("instances", "the workload and the timeline's start and scale actions ask for "
                    + total + " instances in all; a scenario may ask for at most " + ScenarioLimits.MAX_INSTANCES);
        }
    }

    /** A VM must hold its guest OS and the app, and a node VM its OS, its engine and at least one container. */
    private static void checkStacksFit(List<StackReader.ReadStack> stacks, AppProfile app) {
        for (StackReader.ReadStack stack : stacks) {
            StackSpec spec = stack.choice().spec();
            try {
                if (spec instanceof ContainersInVmStack nested) {
                    StartupPlanner.nodeCapacity(nested);
                }
                StartupPlanner.plan(spec, app);
            } catch (IllegalArgumentException tooSmall) {
                stack.view().problem(spec instanceof ContainersInVmStack ? "node" : "memory",
                        oneLine(tooSmall.getMessage()));
            }
        }
    }

    private static void warnAfterHorizon(Optional<ArrayView> view, TimelineReader.Timeline timeline,
                                         Duration horizon, ReadContext context) {
        if (view.isEmpty()) {
            return;
        }
        for (JsonNode node : view.get().nodes()) {
            if (node instanceof ObjectNode object
                    && object.get("at").orElse(null) instanceof StringNode at) {
                Optional<Duration> when = DurationText.parse(at.value()).toOptional();
                if (when.isPresent() && when.get().compareTo(horizon) > 0) {
                    context.warnings().add(at, "this action comes after the horizon ("
                            + DurationText.format(horizon) + "), so it never happens");
                }
            }
        }
    }

    private static String oneLine(String message) {
        return message == null ? "this stack cannot run the app" : message.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }
}
