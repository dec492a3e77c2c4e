package dev.spinup.model.runtime;

import dev.spinup.model.host.Refusal;
import dev.spinup.model.image.Image;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One instance waiting for a host, as its {@link Placement} sees it: what it needs, the hosts it may go to, and
 * the ways to answer. Answer exactly once with success: a successful {@link #tryBind}, {@link #bindWhenReady} or
 * {@link #refuse}; failed {@code tryBind}s change nothing and may be repeated on other hosts.
 */
public final class PlacementRequest {

    private final Infrastructure infrastructure;
    private final Instance instance;
    private final StartupPlan plan;
    private final Optional<Image> image;
    private boolean answered;

    PlacementRequest(Infrastructure infrastructure, Instance instance, StartupPlan plan, Optional<Image> image) {
        this.infrastructure = infrastructure;
        this.instance = instance;
        this.plan = plan;
        this.image = image;
    }

    public Instance instance() {
        return instance;
    }

    /** What the instance runs through and what admission must find free (vCPUs, reserved memory). */
    public StartupPlan plan() {
        return plan;
    }

    /** The container image it starts from; empty for VMs. */
    public Optional<Image> image() {
        return image;
    }

    /** The physical hosts, in their fixed order (a host added later comes last; a removed one stays, down). */
    public List<Host> candidates() {
        return infrastructure.hosts();
    }

    /** Whether {@code host} would admit the instance now, and if not why; changes nothing. */
    public Optional<Refusal> check(Host host) {
        return host.check(instance.stack(), plan, image);
    }

    /**
     * Starts the instance on {@code host} if it admits it; otherwise returns why and changes nothing, so the
     * placement may try another host.
     */
    public Optional<Refusal> tryBind(Host host) {
        requireOpen();
        Optional<Refusal> refusal = infrastructure.startOn(instance, host, plan, image);
        if (refusal.isEmpty()) {
            answer();
        }
        return refusal;
    }

    /**
     * Starts the instance in a node VM as soon as the node is up (at once if it is): the wait counts as the
     * instance's {@code NODE_VM} phase; it is refused if the node ends without ever becoming ready.
     */
    public void bindWhenReady(NodeVm node) {
        requireOpen();
        answer();
        infrastructure.startWhenReady(instance, node, plan, image);
    }

    /** Gives up: no host will take the instance, for this host's reason. */
    public void refuse(Host host, Refusal refusal) {
        requireOpen();
        answer();
        host.refuse(instance, Objects.requireNonNull(refusal, "refusal"));
    }

    /** True once the request has been answered. */
    public boolean answered() {
        return answered;
    }

    private void answer() {
        answered = true;
        instance.pending(null);
    }

    private void requireOpen() {
        if (answered) {
            throw new IllegalStateException(instance.id() + " has already been placed");
        }
    }
}
