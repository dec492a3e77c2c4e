package dev.spinup.model.runtime;

/**
 * Decides which host an instance starts on: first fit and round robin are two, an orchestrator's scheduler is
 * another. The infrastructure hands each instance to its placement as a {@link PlacementRequest}; the placement
 * answers by binding it to a host, refusing it, or holding it and binding later (a scheduler's pending queue).
 */
public interface Placement {

    /** Places one instance: eventually calls {@code request.tryBind}, {@code bindWhenReady} or {@code refuse}. */
    void place(PlacementRequest request);

    /** First fit: the first host, in order, that admits the instance. */
    static Placement firstFit() {
        return new FirstFit();
    }

    /** Round robin: instance k on host k mod n, refused if that host cannot take it. */
    static Placement roundRobin() {
        return new RoundRobin();
    }
}
