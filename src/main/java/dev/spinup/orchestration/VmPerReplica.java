package dev.spinup.orchestration;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.Priority;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.image.Image;
import dev.spinup.model.runtime.Host;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.InstanceId;
import dev.spinup.model.runtime.InstanceState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The comparison arm without a cluster: every replica the deployment wants is launched as its own VM, spread
 * over the hosts as a cloud's placement spreads a group's VMs (the host with the fewest of them that admits the VM,
 * ties to the first), and is ready when the VM's app is (plus the deployment's readiness delay). No scheduler, no
 * kubelet, no image pulls: the VM boots its own disk image. Spreading, not the scenario's first fit, keeps the
 * comparison fair: first fit would stack almost every VM on the first host, whose CPU they would then share.
 */
final class VmPerReplica implements PodRuntime {

    private static final EventKind READY = EventKind.of("replica VM: ready");

    private final Cluster cluster;
    private final Map<Host, Integer> replicasOn = new HashMap<>();

    VmPerReplica(Cluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public void start() {
        // no nodes: the hosts themselves take the VMs
    }

    @Override
    public void created(Pod pod) {
        Infrastructure infrastructure = cluster.infrastructure();
        Image image = pod.replicaSet().image();
        Instance vm = infrastructure.request(InstanceId.Role.WORKLOAD_VM, cluster.stack(), cluster.app(image),
                image);
        pod.instance(vm);
        vm.whenReady(() -> {
            if (pod.isDeleting()) {
                return;
            }
            cluster.bound(pod);
            cluster.running(pod);
            long delay = pod.replicaSet().deployment().spec().readinessDelayNanos().value();
            cluster.simulation().schedule(delay, Priority.NORMAL, READY, () -> {
                if (vm.state() == InstanceState.RUNNING) {
                    cluster.ready(pod);
                }
            });
        });
        Host[] chosen = new Host[1];
        vm.whenEnded(() -> {
            if (chosen[0] != null) {
                replicasOn.merge(chosen[0], -1, Integer::sum);
            }
            if (vm.state() == InstanceState.REFUSED) {
                cluster.note(ClusterNote.Kind.UNSCHEDULABLE, pod.name() + ": no host has room for its VM ("
                        + vm.refusal().map(r -> r.message()).orElse("refused") + ")");
                pod.markDeleting(cluster.simulation().now()); // not replaced: another VM would be refused the same way
            }
            cluster.terminated(pod);
        });
        chosen[0] = spread(vm);
    }

    /** Starts the VM on the up host with the fewest replica VMs that admits it; refuses it if none does. */
    private Host spread(Instance vm) {
        Infrastructure infrastructure = cluster.infrastructure();
        List<Host> hosts = new ArrayList<>();
        for (Host host : infrastructure.hosts()) {
            if (host.isUp()) {
                hosts.add(host);
            }
        }
        // A stable sort: among hosts with as many replicas, the first in the hardware's order.
        hosts.sort(Comparator.comparingInt(h -> replicasOn.getOrDefault(h, 0)));
        Host last = null;
        Refusal refusal = null;
        for (Host host : hosts) {
            Optional<Refusal> refused = infrastructure.startOn(vm, host);
            if (refused.isEmpty()) {
                replicasOn.merge(host, 1, Integer::sum);
                return host;
            }
            last = host;
            refusal = refused.get();
        }
        if (last != null) {
            infrastructure.refuse(vm, last, refusal);
        }
        return null;
    }

    @Override
    public void delete(Pod pod) {
        pod.instance().ifPresent(vm -> cluster.infrastructure().stop(vm));
    }

    @Override
    public void failNode(int index) {
        List<Host> hosts = cluster.infrastructure().hosts();
        if (index < hosts.size() && hosts.get(index).isUp()) {
            cluster.note(ClusterNote.Kind.NODE_FAILED, "host " + hosts.get(index).name() + " failed");
            cluster.infrastructure().failHost(index);
        }
    }

    @Override
    public void finish(ClusterResult.Builder result) {
        result.kind = ClusterResult.NodeKind.VM_PER_REPLICA;
    }
}
