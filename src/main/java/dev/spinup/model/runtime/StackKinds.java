package dev.spinup.model.runtime;

import dev.spinup.model.stack.CloudVmStack;
import dev.spinup.model.stack.ContainerStack;
import dev.spinup.model.stack.ContainersInVmStack;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.stack.VmStack;

/**
 * The questions the runtime asks of a stack's kind, each a visitor so that a new kind of stack does not compile
 * until every one has an answer for it. Shared instances: asking allocates nothing.
 */
final class StackKinds {

    /**
     * The stack as a VM the host itself boots (KSM merges its pages, its disk image warms the page cache); else null.
     * A cloud VM boots from a root volume of its own, which no other VM's boot reads, and no provider merges pages
     * across customers' VMs, so it is not one.
     */
    static final StackSpec.Visitor<VmStack> BOOTED_VM = new StackSpec.Visitor<>() {
        @Override
        public VmStack vms(VmStack stack) {
            return stack;
        }

        @Override
        public VmStack containers(ContainerStack stack) {
            return null;
        }

        @Override
        public VmStack containersInVms(ContainersInVmStack stack) {
            return null;
        }

        @Override
        public VmStack cloudVms(CloudVmStack stack) {
            return null;
        }
    };

    /**
     * Containers straight on this host: they bring its engine daemon and share its page cache. Containers in node
     * VMs count neither (the node's footprint includes its engine; the node's page cache is its guest RAM).
     */
    static final StackSpec.Visitor<Boolean> CONTAINERS_ON_HOST = new StackSpec.Visitor<>() {
        @Override
        public Boolean vms(VmStack stack) {
            return false;
        }

        @Override
        public Boolean containers(ContainerStack stack) {
            return true;
        }

        @Override
        public Boolean containersInVms(ContainersInVmStack stack) {
            return false;
        }

        @Override
        public Boolean cloudVms(CloudVmStack stack) {
            return false;
        }
    };

    /** The role of a workload instance of this stack, and so its id's prefix. */
    static final StackSpec.Visitor<InstanceId.Role> WORKLOAD_ROLE = new StackSpec.Visitor<>() {
        @Override
        public InstanceId.Role vms(VmStack stack) {
            return InstanceId.Role.WORKLOAD_VM;
        }

        @Override
        public InstanceId.Role containers(ContainerStack stack) {
            return InstanceId.Role.WORKLOAD_CONTAINER;
        }

        @Override
        public InstanceId.Role containersInVms(ContainersInVmStack stack) {
            return InstanceId.Role.WORKLOAD_CONTAINER;
        }

        @Override
        public InstanceId.Role cloudVms(CloudVmStack stack) {
            return InstanceId.Role.WORKLOAD_VM;
        }
    };

    /** The stack as containers in node VMs, placed by slot into nodes; else null. */
    static final StackSpec.Visitor<ContainersInVmStack> IN_NODE_VMS = new StackSpec.Visitor<>() {
        @Override
        public ContainersInVmStack vms(VmStack stack) {
            return null;
        }

        @Override
        public ContainersInVmStack containers(ContainerStack stack) {
            return null;
        }

        @Override
        public ContainersInVmStack containersInVms(ContainersInVmStack stack) {
            return stack;
        }

        @Override
        public ContainersInVmStack cloudVms(CloudVmStack stack) {
            return null;
        }
    };

    private StackKinds() {
    }
}
