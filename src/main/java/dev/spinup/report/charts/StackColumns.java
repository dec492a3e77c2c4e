package dev.spinup.report.charts;

import dev.spinup.model.stack.CloudVmStack;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.profiles.Hypervisors;
import dev.spinup.model.stack.HypervisorProfile;
import dev.spinup.model.stack.HypervisorType;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmStack;
import dev.spinup.report.diagram.DiagramColumn;
import dev.spinup.report.diagram.DiagramLayer;
import dev.spinup.report.diagram.DiagramLayer.Band;
import dev.spinup.report.diagram.DiagramLayer.BoxRow;
import dev.spinup.report.style.LayerColourKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The column of the stack diagram that pictures one stack, from the hardware up: what is shared (bands) and what
 * every instance carries for itself (boxes, framed per instance), as the textbook picture draws it.
 */
public final class StackColumns {

    /** Instances drawn in the whole picture at most; more and their labels get too small to read. */
    static final int MOST_INSTANCES = 10;
    static final int MOST_PER_COLUMN = 3;
    /** KVM, the same words in every diagram: a type 1 hypervisor that is part of the Linux host kernel. */
    static final String KVM_HOST = "Linux host kernel with KVM (type 1 hypervisor)";

    private StackColumns() {
    }

    /** Instances drawn per column when {@code columns} stacks share the picture: three, fewer for many stacks. */
    static int instancesPerColumn(int columns) {
        return Math.max(1, Math.min(MOST_PER_COLUMN, MOST_INSTANCES / Math.max(1, columns)));
    }

    public static DiagramColumn of(String title, StackSpec spec, int instances) {
        return spec.accept(new StackSpec.Visitor<>() {
            @Override
            public DiagramColumn vms(VmStack vm) {
                return StackColumns.vms(title, vm, instances);
            }

            @Override
            public DiagramColumn containers(ContainerStack containers) {
                return StackColumns.containers(title, containers, instances);
            }

            @Override
            public DiagramColumn containersInVms(ContainersInVmStack nested) {
                return StackColumns.containersInVms(title, nested, instances);
            }

            @Override
            public DiagramColumn cloudVms(CloudVmStack cloud) {
                return StackColumns.cloudVms(title, instances);
            }
        });
    }

    private static DiagramColumn vms(String title, VmStack vm, int apps) {
        List<DiagramLayer> layers = new ArrayList<>(infrastructure(vm.hypervisor()));
        if (Hypervisors.onKvm(vm.hypervisor()) && vm.hypervisor().type() != HypervisorType.MICROVM) {
            // KVM's user-space half: one QEMU process per VM, on the host kernel that holds KVM.
            layers.add(BoxRow.repeated("QEMU", apps, LayerColourKey.HYPERVISOR));
        }
        if (vm.hypervisor().type() == HypervisorType.MICROVM) {
            // Just "VMM": one long label would shrink every label of the picture, which share one size.
            layers.add(BoxRow.repeated("VMM", apps, LayerColourKey.HYPERVISOR));
            layers.add(BoxRow.repeated("Guest kernel", apps, LayerColourKey.GUEST_OS));
            layers.add(apps(apps));
            return new DiagramColumn(title, layers, Optional.of("microVM"));
        }
        layers.add(BoxRow.repeated("Guest OS", apps, LayerColourKey.GUEST_OS));
        layers.add(BoxRow.repeated("Bins/Libs", apps, LayerColourKey.BINS_LIBS));
        layers.add(apps(apps));
        return new DiagramColumn(title, layers, Optional.of("VM"));
    }

    /** The provider's hardware and hypervisor under each customer's VM, as a type 1 hypervisor is drawn. */
    private static DiagramColumn cloudVms(String title, int apps) {
        List<DiagramLayer> layers = new ArrayList<>();
        layers.add(new Band("Cloud provider's hardware", LayerColourKey.INFRASTRUCTURE));
        layers.add(new Band("Hypervisor (type 1)", LayerColourKey.HYPERVISOR));
        layers.add(BoxRow.repeated("Guest OS", apps, LayerColourKey.GUEST_OS));
        layers.add(BoxRow.repeated("Bins/Libs", apps, LayerColourKey.BINS_LIBS));
        layers.add(apps(apps));
        return new DiagramColumn(title, layers, Optional.of("Cloud VM"));
    }

    private static DiagramColumn containers(String title, ContainerStack containers, int apps) {
        List<DiagramLayer> layers = new ArrayList<>();
        layers.add(new Band("Infrastructure", LayerColourKey.INFRASTRUCTURE));
        layers.add(new Band("Host operating system", LayerColourKey.HOST_OS));
        layers.add(new Band(containers.runtime().name(), LayerColourKey.CONTAINER_ENGINE));
        String frame = switch (containers.runtime().isolation()) {
            case SHARED_KERNEL -> "Container";
            case USERSPACE_KERNEL -> {
                layers.add(BoxRow.repeated("User-space kernel", apps, LayerColourKey.GUEST_OS));
                yield "Sandbox";
            }
            case LIGHT_VM -> {
                layers.add(BoxRow.repeated("Light VM + kernel", apps, LayerColourKey.GUEST_OS));
                yield "Pod VM";
            }
        };
        layers.add(BoxRow.repeated("Bins/Libs", apps, LayerColourKey.BINS_LIBS));
        layers.add(apps(apps));
        return new DiagramColumn(title, layers, Optional.of(frame));
    }

    /**
     * Unframed: a node VM holds several containers, so its boxes and theirs differ in number. Two nodes of two
     * containers each, or one node of two when room is short.
     */
    private static DiagramColumn containersInVms(String title, ContainersInVmStack nested, int instances) {
        int nodes = instances >= MOST_PER_COLUMN ? 2 : 1;
        int containersPerNode = 2;
        List<DiagramLayer> layers = new ArrayList<>(infrastructure(nested.node().hypervisor()));
        layers.add(BoxRow.repeated("Node VM guest OS", nodes, LayerColourKey.GUEST_OS));
        layers.add(BoxRow.repeated(nested.inner().runtime().name().split(" ")[0] + " engine", nodes,
                LayerColourKey.CONTAINER_ENGINE));
        layers.add(BoxRow.repeated("Bins/Libs", nodes * containersPerNode, LayerColourKey.BINS_LIBS));
        layers.add(apps(nodes * containersPerNode));
        return new DiagramColumn(title, layers, Optional.empty());
    }

    /**
     * The layers under the VMs. KVM is drawn one way for every stack that uses it, QEMU's and the microVMs' alike:
     * a type 1 hypervisor inside the Linux host kernel, with the VMM above it per VM.
     */
    private static List<DiagramLayer> infrastructure(HypervisorProfile hypervisor) {
        Band hardware = new Band("Infrastructure", LayerColourKey.INFRASTRUCTURE);
        if (Hypervisors.onKvm(hypervisor)) {
            return List.of(hardware, new Band(KVM_HOST, LayerColourKey.HYPERVISOR));
        }
        return switch (hypervisor.type()) {
            case TYPE_1 -> List.of(hardware, new Band("Hypervisor (type 1)", LayerColourKey.HYPERVISOR));
            case TYPE_2 -> List.of(hardware, new Band("Host operating system", LayerColourKey.HOST_OS),
                    new Band("Hypervisor (type 2)", LayerColourKey.HYPERVISOR));
            case MICROVM -> List.of(hardware, new Band("Host OS with a microVM hypervisor", LayerColourKey.HOST_OS));
        };
    }

    private static BoxRow apps(int count) {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            labels.add("App " + i);
        }
        return new BoxRow(labels, LayerColourKey.APP);
    }
}
