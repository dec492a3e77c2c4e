package dev.spinup.orchestration;

import dev.spinup.engine.Simulation;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.image.Image;
import dev.spinup.model.profiles.Apps;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.profiles.ContainerRuntimes;
import dev.spinup.model.profiles.GuestSystems;
import dev.spinup.model.profiles.Hardware;
import dev.spinup.model.profiles.Hypervisors;
import dev.spinup.model.profiles.Images;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.ModelObserver;
import dev.spinup.model.runtime.Placement;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.stack.VmStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds small clusters on the real model (classroom hosts, Docker + runc, nginx) for the orchestration tests. */
final class ClusterWorld {

    static final Image IMAGE = Images.NGINX;
    static final ContainerStack DOCKER = new ContainerStack("Docker", ContainerRuntimes.DOCKER_RUNC);
    static final VmStack NODE_VM = new VmStack("KVM node", Hypervisors.KVM_QEMU, GuestSystems.UBUNTU_CLOUD,
            new VmShape(4, DataSize.ofGiB(8)), Optional.empty());
    static final ContainersInVmStack NODES = new ContainersInVmStack("Docker in KVM nodes", NODE_VM, DOCKER, 40);
    static final VmStack ONE_VM = new VmStack("KVM + Ubuntu", Hypervisors.KVM_QEMU, GuestSystems.UBUNTU_CLOUD,
            new VmShape(1, DataSize.ofGiB(1)), Optional.empty());

    final Simulation simulation = new Simulation();
    final Infrastructure infrastructure;
    final Cluster cluster;

    private ClusterWorld(int hosts, boolean prePulled, StackSpec stack, ClusterSpec spec) {
        List<HostSpec> specs = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            specs.add(Hardware.CLASSROOM_HOST.value().withName("host-" + (i + 1)));
        }
        infrastructure = new Infrastructure(simulation, new RandomStreams(7), specs, Catalogue.REGISTRY.value(),
                Catalogue.DOCKER_PULLS.value(), Placement.firstFit(), ModelObserver.NONE, false);
        if (prePulled) {
            infrastructure.hosts().forEach(h -> h.layerCache().preload(IMAGE));
        }
        cluster = new Cluster(spec, "arm", stack, Apps.NGINX);
        cluster.drive(infrastructure);
    }

    static ClusterWorld run(int hosts, boolean prePulled, StackSpec stack, ClusterSpec spec) {
        ClusterWorld world = new ClusterWorld(hosts, prePulled, stack, spec);
        world.simulation.run();
        return world;
    }

    /** Builds the world and runs it no further than {@code untilNanos} of simulated time. */
    static ClusterWorld runUntil(int hosts, StackSpec stack, ClusterSpec spec, long untilNanos) {
        ClusterWorld world = new ClusterWorld(hosts, true, stack, spec);
        world.simulation.runUntil(untilNanos);
        return world;
    }

    static DeploymentSpec web(int replicas) {
        return new DeploymentSpec("web", replicas, IMAGE, new Resources(100, 64L << 20), Map.of(), List.of(), 0,
                RolloutStrategy.defaults(), ReadinessProbe.none(), Cited.of(0L, Source.LESSON_SETTING));
    }

    static ClusterSpec spec(List<NodePool> pools, List<DeploymentSpec> deployments, List<ClusterEvent> events) {
        return new ClusterSpec(ControlPlane.defaults(), KubeletSpec.defaults(), NodeLifecycle.defaults(), pools,
                deployments, events, Optional.empty(), List.of());
    }

    static NodePool pool(int nodes, int max) {
        return new NodePool("pool", nodes, max, Map.of(), List.of(), List.of());
    }
}
