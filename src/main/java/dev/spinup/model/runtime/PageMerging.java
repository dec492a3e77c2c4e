package dev.spinup.model.runtime;

import dev.spinup.engine.EventKind;
import dev.spinup.engine.FifoResource;
import dev.spinup.engine.Simulation;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.stack.PageSharing;
import dev.spinup.model.stack.VmStack;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Same-page merging (KSM) on one host: one scanner folds a booted VM's shareable pages into its siblings'. */
final class PageMerging {

    private static final EventKind PAGE_MERGE = EventKind.of("KSM merge");

    private final Simulation simulation;
    private final String hostName;
    private final HostMemory memory;
    private final Map<String, Integer> readyVmsByGuest = new HashMap<>();
    private FifoResource scanner;

    PageMerging(Simulation simulation, String hostName, HostMemory memory) {
        this.simulation = simulation;
        this.hostName = hostName;
        this.memory = memory;
    }

    /** After a VM boots, its shareable pages are merged with those of VMs of the same guest OS already here. */
    void vmReady(Instance instance, VmStack vm) {
        int others = readyVmsByGuest.merge(vm.guestOs().key(), 1, Integer::sum) - 1;
        Optional<PageSharing> sharing = vm.pageSharing();
        if (sharing.isEmpty() || others == 0) {
            return;
        }
        long shareable = Math.round(vm.guestOs().idleResident().value().bytes() * sharing.get().shareableFraction()
                .value());
        long scanNanos = Math.round(shareable / sharing.get().scanRate().value().bytesPerNano());
        if (scanner == null) {
            scanner = new FifoResource(simulation, hostName + " ksmd", 1);
        }
        scanner.hold(() -> simulation.delay(scanNanos, PAGE_MERGE)).whenDone(merged -> {
            if (instance.state() == InstanceState.RUNNING) {
                memory.touch(instance, MemoryComponent.PAGE_SHARING_SAVINGS, shareable);
            }
        });
    }

    /** A VM that had booted ended: it is no longer a sibling to merge with. */
    void vmEnded(VmStack vm) {
        readyVmsByGuest.merge(vm.guestOs().key(), -1, Integer::sum);
    }
}
