package dev.spinup.model.runtime;

import dev.spinup.model.host.Refusal;
import dev.spinup.model.startup.PhaseSpec;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills the first host until it refuses, then the next: shows how many instances fit on one host. A refused
 * instance is reported by the last host's reason.
 */
public final class FirstFit implements Placement {

    /**
     * Per plan, the first host first fit still tries: hosts before it refused that plan. An instance ending on an
     * earlier host frees room there, so it moves every cursor back to that host. Without the cursors a storm of
     * n instances would try O(n²) hosts. Plans are told apart by their phases, so instances whose apps draw their
     * own memory (a plan each, the stack's phases) share their stack's cursor.
     */
    private final Map<List<PhaseSpec>, int[]> cursors = new IdentityHashMap<>();

    @Override
    public void place(PlacementRequest request) {
        List<Host> hosts = request.candidates();
        Refusal last = null;
        int[] cursor = cursors.computeIfAbsent(request.plan().phases(), p -> new int[1]);
        for (int i = cursor[0]; i < hosts.size(); i++) {
            Optional<Refusal> refusal = request.tryBind(hosts.get(i));
            if (refusal.isEmpty()) {
                int hostIndex = i;
                request.instance().whenEnded(() -> roomFreedOn(hostIndex));
                return;
            }
            last = refusal.get();
            if (i == cursor[0] && i < hosts.size() - 1) {
                cursor[0]++;
            }
        }
        request.refuse(hosts.get(hosts.size() - 1), last);
    }

    private void roomFreedOn(int hostIndex) {
        for (int[] cursor : cursors.values()) {
            cursor[0] = Math.min(cursor[0], hostIndex);
        }
    }
}
