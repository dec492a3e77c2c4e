package dev.spinup.scenario;

import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.orchestration.ClusterSpec;
import dev.spinup.orchestration.ControlPlane;
import dev.spinup.orchestration.DeploymentSpec;
import dev.spinup.orchestration.KubeletSpec;
import dev.spinup.orchestration.NodePool;
import dev.spinup.orchestration.NodeReservation;
import dev.spinup.orchestration.NodeSpec;
import dev.spinup.orchestration.NodesToScore;
import dev.spinup.orchestration.RateLimit;
import dev.spinup.orchestration.SchedulerProfile;
import dev.spinup.orchestration.ScoringStrategy;
import dev.spinup.scenario.unit.DataSizeText;
import dev.spinup.scenario.unit.DurationText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cluster section's values for {@code spinup show}: the scheduler's era and cycle time, the API clients'
 * rate limits, the kubelet's settings and reservations, the node lifecycle timers, the pools and the deployments,
 * each with the source it comes from.
 */
final class ClusterValues {

    private final List<EffectiveValue> values = new ArrayList<>();

    private ClusterValues() {
    }

    static List<EffectiveValue> of(ClusterSpec spec) {
        ClusterValues list = new ClusterValues();
        list.controlPlane(spec.controlPlane(), spec.scoringByStack());
        list.kubelet(spec.kubelet());
        list.add("cluster.nodeLifecycle.gracePeriod", spec.nodeLifecycle().gracePeriodNanos());
        list.add("cluster.nodeLifecycle.eviction", spec.nodeLifecycle().evictionNanos());
        Cited<Integer> cap = NodeSpec.podCap(1);
        list.add("cluster.podsPerNode", "min(110, 10 × cores)", cap.source());
        for (int i = 0; i < spec.nodePools().size(); i++) {
            NodePool pool = spec.nodePools().get(i);
            String at = "cluster.nodePools[" + i + "]";
            list.add(at + ".nodes", Integer.toString(pool.nodes()), Source.LESSON_SETTING);
            list.add(at + ".maxNodes", Integer.toString(pool.maxNodes()), Source.LESSON_SETTING);
        }
        for (int i = 0; i < spec.deployments().size(); i++) {
            DeploymentSpec deployment = spec.deployments().get(i);
            String at = "cluster.deployments[" + i + "]";
            list.add(at + ".replicas", Integer.toString(deployment.replicas()), Source.LESSON_SETTING);
            list.add(at + ".cpu", deployment.requests().milliCpu() + "m", Source.LESSON_SETTING);
            list.add(at + ".memory", DataSizeText.format(DataSize.ofBytes(
                    deployment.requests().memoryBytes())), Source.LESSON_SETTING);
            list.add(at + ".readinessDelay", deployment.readinessDelayNanos());
        }
        return List.copyOf(list.values);
    }

    private void controlPlane(ControlPlane plane, Map<String, ScoringStrategy> scoringByStack) {
        SchedulerProfile scheduler = plane.scheduler();
        add("cluster.scheduler.era", scheduler.era(), scheduler.cycleBaseNanos().source());
        add("cluster.scheduler.cycle", DurationText.format(Duration.ofNanos(scheduler.cycleBaseNanos().value()))
                + " + " + DurationText.format(Duration.ofNanos(scheduler.cyclePerNodeNanos().value()))
                + " per node filtered", scheduler.cyclePerNodeNanos().source());
        NodesToScore sampling = scheduler.nodesToScore().value();
        add("cluster.scheduler.percentageOfNodesToScore", sampling.percentage() == 0
                ? "adaptive (50 % − nodes/125, at least 5 % and 100 nodes)" : sampling.percentage() + " %",
                scheduler.nodesToScore().source());
        add("cluster.scheduler.scoring", scoring(scheduler.scoring()),
                scheduler.scoring() == ScoringStrategy.LEAST_ALLOCATED ? Source.ESTIMATE_KUBE_SCHEDULER_DEFAULTS
                        : Source.LESSON_SETTING);
        scoringByStack.forEach((stack, strategy) -> add("cluster.scheduler.stacks." + stack, scoring(strategy),
                Source.LESSON_SETTING));
        add("cluster.scheduler.backoff", DurationText.format(Duration.ofNanos(scheduler.initialBackoffNanos().value()))
                + " doubling to " + DurationText.format(Duration.ofNanos(scheduler.maxBackoffNanos().value())),
                scheduler.initialBackoffNanos().source());
        limit("cluster.clients.controllerManager", plane.controllerManager());
        limit("cluster.clients.scheduler", plane.schedulerClient());
        limit("cluster.clients.kubelet", plane.kubeletClient());
        add("cluster.apiLatency", plane.apiLatencyNanos());
    }

    private void kubelet(KubeletSpec kubelet) {
        add("cluster.kubelet.serializeImagePulls", kubelet.serializeImagePulls().value().toString(),
                kubelet.serializeImagePulls().source());
        limit("cluster.kubelet.registryPulls", kubelet.registryPulls());
        add("cluster.kubelet.sandbox", kubelet.sandboxNanos());
        add("cluster.kubelet.relistPeriod", kubelet.relistPeriodNanos());
        NodeReservation reserved = kubelet.reservation();
        add("cluster.kubelet.reserved.cpu", String.format(Locale.ROOT, "%dm + %s %% of capacity",
                reserved.reservedMilliCpu().value(), percent(reserved.reservedCpuShare().value())),
                reserved.reservedMilliCpu().source());
        add("cluster.kubelet.reserved.memory", DataSizeText.format(reserved.reservedMemory().value()) + " + "
                + percent(reserved.reservedMemoryShare().value()) + " % of capacity",
                reserved.reservedMemory().source());
        add("cluster.kubelet.evictionHard", "memory.available < "
                + DataSizeText.format(reserved.evictionThreshold().value()), reserved.evictionThreshold().source());
    }

    private static String scoring(ScoringStrategy strategy) {
        return strategy == ScoringStrategy.LEAST_ALLOCATED ? "spread (least allocated)" : "bin-packing (most allocated)";
    }

    private static String percent(double share) {
        return new BigDecimal(share * 100).round(new MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }

    private void limit(String path, RateLimit limit) {
        add(path, String.format(Locale.ROOT, "%s qps, burst %s", number(limit.perSecond()), number(limit.burst())),
                limit.source());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private void add(String path, Cited<Long> nanos) {
        add(path, DurationText.format(Duration.ofNanos(nanos.value())), nanos.source());
    }

    private void add(String path, String value, Source source) {
        values.add(new EffectiveValue(path, value, source));
    }
}
