package dev.spinup.model.runtime;

import dev.spinup.model.DataSize;
import dev.spinup.model.stack.ContainersInVmStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A VM booted to carry containers (a Kubernetes node in a cloud): an instance on a physical host that, once
 * ready, is itself a {@link Host} taking containers on its guest kernel.
 */
public final class NodeVm {

    private final Instance vm;
    private final ContainersInVmStack stack;
    private final DataSize containerRoom;
    private Host guest;
    private final Map<Object, Runnable> waitingForReady = new LinkedHashMap<>();
    private final Map<Object, Runnable> waitingForEnd = new LinkedHashMap<>();

    /** @param containerRoom the guest RAM this node leaves its containers, after its own (maybe drawn) guest OS */
    NodeVm(Instance vm, ContainersInVmStack stack, DataSize containerRoom) {
        this.vm = vm;
        this.stack = stack;
        this.containerRoom = containerRoom;
    }

    /** The guest RAM left for containers once this node's kernel, guest OS and engine are resident. */
    public DataSize containerRoom() {
        return containerRoom;
    }

    /** The VM itself, an instance of the node's VM stack. */
    public Instance vm() {
        return vm;
    }

    public ContainersInVmStack stack() {
        return stack;
    }

    /** The host its guest kernel offers to containers, once it has booted. */
    public Optional<Host> host() {
        return Optional.ofNullable(guest);
    }

    /** True if it ended (refused, failed or stopped): it will never take containers (again). */
    public boolean isGone() {
        InstanceState s = vm.state();
        return s == InstanceState.REFUSED || s == InstanceState.FAILED || s == InstanceState.STOPPED;
    }

    /** Calls {@code action} with the node's host when it is ready (at once if it is); never if it ends first. */
    public void whenReady(Consumer<Host> action) {
        if (guest != null) {
            action.accept(guest);
        } else if (!isGone()) {
            Object key = new Object();
            waitingForReady.put(key, () -> action.accept(guest));
        }
    }

    /** Waits for the node on behalf of {@code waiter}: {@code ready} runs when it is up, {@code gone} if it ends first. */
    void await(Object waiter, Runnable ready, Runnable gone) {
        waitingForReady.put(waiter, ready);
        waitingForEnd.put(waiter, gone);
    }

    void booted(Host guestHost) {
        this.guest = guestHost;
        List<Runnable> ready = new ArrayList<>(waitingForReady.values());
        waitingForReady.clear();
        waitingForEnd.clear();
        ready.forEach(Runnable::run);
    }

    void ended() {
        if (guest != null) {
            guest.fail();
        }
        List<Runnable> stranded = new ArrayList<>(waitingForEnd.values());
        waitingForReady.clear();
        waitingForEnd.clear();
        stranded.forEach(Runnable::run);
    }

    @Override
    public String toString() {
        return "node VM " + vm.id();
    }
}
