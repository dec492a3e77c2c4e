package dev.spinup.model.runtime;

import dev.spinup.model.stack.ContainersInVmStack;

/**
 * Containers in VMs without an orchestrator: container k goes into node VM k / n (n containers per node), booted
 * for the first container of its slot and placed on a physical host by the infrastructure's placement.
 */
final class NodeVmSlotting implements Placement {

    private final Infrastructure infrastructure;

    NodeVmSlotting(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    @Override
    public void place(PlacementRequest request) {
        ContainersInVmStack nested = request.instance().stack().accept(StackKinds.IN_NODE_VMS);
        if (nested == null) {
            throw new IllegalArgumentException(request.instance().id() + " is not a container in a VM");
        }
        int slot = request.instance().index() / nested.containersPerNode();
        request.bindWhenReady(infrastructure.nodeInSlot(slot, nested));
    }
}
