package dev.spinup.model.runtime;

import java.util.List;

/** Instance k goes to host k mod n, an even spread that is the same on every stack; refused if it does not fit. */
public final class RoundRobin implements Placement {

    @Override
    public void place(PlacementRequest request) {
        List<Host> hosts = request.candidates();
        Host host = hosts.get(request.instance().index() % hosts.size());
        request.tryBind(host).ifPresent(refusal -> request.refuse(host, refusal));
    }
}
