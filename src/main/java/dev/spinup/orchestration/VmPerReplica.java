package dev.spinup.orchestration;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.Priority;
import dev.spinup.model.image.Image;
import dev.spinup.model.runtime.Infrastructure;
import dev.spinup.model.runtime.Instance;
import dev.spinup.model.runtime.InstanceId;
import dev.spinup.model.runtime.InstanceState;
import java.util.List;

/**
 * The comparison arm without a cluster: every replica the deployment wants is launched as its own VM, placed by
 * the scenario's placement, and is ready when the VM's app is (plus the deployment's readiness delay). No
 * scheduler, no kubelet, no image pulls: the VM boots its own disk image.
 */
final class VmPerReplica implements PodRuntime {

    private static final EventKind READY = EventKind.of("replica VM: ready");

    private final Cluster cluster;

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
        vm.whenEnded(() -> {
            if (vm.state() == InstanceState.REFUSED) {
                cluster.note(ClusterNote.Kind.UNSCHEDULABLE, pod.name() + ": no host has room for its VM ("
                        + vm.refusal().map(r -> r.message()).orElse("refused") + ")");
                pod.markDeleting(cluster.simulation().now()); // not replaced: another VM would be refused the same way
            }
            cluster.terminated(pod);
        });
        infrastructure.place(vm);
    }

    @Override
    public void delete(Pod pod) {
        pod.instance().ifPresent(vm -> cluster.infrastructure().stop(vm));
    }

    @Override
    public void failNode(int index) {
        List<dev.spinup.model.runtime.Host> hosts = cluster.infrastructure().hosts();
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
