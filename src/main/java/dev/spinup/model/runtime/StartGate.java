package dev.spinup.model.runtime;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongFunction;

/**
 * How a launcher issues a storm of starts: at most {@code limit} in progress at once (a benchmark's 50-at-a-time,
 * {@code docker compose --parallel}, a VDI broker's 20 concurrent boots); the rest wait outside the hosts, in the
 * order they were asked for, and are launched one by one as earlier starts become ready or end. The wait is not
 * start-up time: the instance is created, and its start-up clock begins, only when it leaves the queue.
 */
public final class StartGate {

    private final int limit;
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private int inProgress;

    /** A start not yet launched: asked for at {@code askedAt}, launched by {@code launch(askedAt)}. */
    private record Waiting(long askedAt, LongFunction<Instance> launch) {
    }

    public StartGate(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one start must be allowed in flight: " + limit);
        }
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    /** Starts in progress now (launched, neither ready nor ended). */
    public int inProgress() {
        return inProgress;
    }

    /** Starts asked for and still waiting outside the hosts. */
    public int waiting() {
        return waiting.size();
    }

    /**
     * Asks for a start at {@code askedAt}: launched at once if fewer than the limit are in progress, else queued.
     * {@code launch} receives when it was asked for and returns the instance it created.
     */
    public void submit(long askedAt, LongFunction<Instance> launch) {
        waiting.addLast(new Waiting(askedAt, launch));
        drain();
    }

    /** Withdraws up to {@code count} of the most recently asked-for waiting starts; returns how many it withdrew. */
    public int withdrawNewest(int count) {
        int withdrawn = 0;
        while (withdrawn < count && !waiting.isEmpty()) {
            waiting.removeLast();
            withdrawn++;
        }
        return withdrawn;
    }

    private void drain() {
        while (inProgress < limit && !waiting.isEmpty()) {
            Waiting next = waiting.removeFirst();
            inProgress++;
            Instance instance = next.launch().apply(next.askedAt());
            // A refusal during placement ends the instance before anyone could listen for its end.
            if (instance.state() != InstanceState.REQUESTED && instance.state() != InstanceState.STARTING) {
                inProgress--;
                continue;
            }
            Runnable release = new Runnable() {
                private boolean released;

                @Override
                public void run() {
                    if (!released) {
                        released = true;
                        inProgress--;
                        drain();
                    }
                }
            };
            instance.whenReady(release);
            instance.whenEnded(release);
        }
    }
}
