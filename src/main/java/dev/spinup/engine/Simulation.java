package dev.spinup.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The discrete-event kernel: a clock in nanoseconds and one ordered queue of future events.
 *
 * <p>Events at the same instant fire by priority, then in the order they were scheduled, so a run depends only on
 * its inputs. Completion callbacks run through a trampoline here rather than by recursion, so a long chain of
 * instantaneous hand-overs (a lock passed along a queue of 100 000 waiters) neither deepens the stack nor costs an
 * event each.
 */
public final class Simulation {

    private static final int PRIORITY_SHIFT = 56;
    private static final long MAX_SEQUENCE = (1L << PRIORITY_SHIFT) - 1;
    private static final EventListener[] NO_LISTENERS = new EventListener[0];
    private static final BooleanSupplier NEVER = () -> false;
    /** How many events fire between two looks at the stop condition: a few milliseconds of model time. */
    static final int STOP_POLL_EVENTS = 1024;

    private final EventQueue queue = new EventQueue();
    private final SimulationLimits limits;
    /** Runnables, and completions whose waiters are due: a finished completion needs no wrapper object. */
    private final ArrayDeque<Object> deferred = new ArrayDeque<>();
    private final List<Completion<?>> unobservedFailures = new ArrayList<>();
    private EventListener[] listeners = NO_LISTENERS;

    private long now;
    private long sequence;
    private long eventsFired;
    private long instant = Long.MIN_VALUE;
    private long eventsAtInstant;
    private boolean draining;
    private boolean stopRequested;
    private BooleanSupplier stopCondition = NEVER;
    private int untilStopPoll = STOP_POLL_EVENTS;

    public Simulation() {
        this(SimulationLimits.DEFAULT);
    }

    public Simulation(SimulationLimits limits) {
        this.limits = limits;
    }

    /** The current simulated time in nanoseconds. */
    public long now() {
        return now;
    }

    public long eventsFired() {
        return eventsFired;
    }

    public int pendingEvents() {
        return queue.size();
    }

    /**
     * Makes {@link #run()} and {@link #runUntil(long)} stop, as {@link #stop()} does, once {@code condition} holds;
     * it is asked every {@value #STOP_POLL_EVENTS} events, so it must be cheap (a cancelled flag) and may be
     * called from nowhere but the simulating thread.
     */
    public void stopWhen(BooleanSupplier condition) {
        stopCondition = condition == null ? NEVER : condition;
    }

    public void addListener(EventListener listener) {
        listeners = Arrays.copyOf(listeners, listeners.length + 1);
        listeners[listeners.length - 1] = listener;
    }

    public ScheduledEvent schedule(long delayNanos, EventKind kind, Runnable action) {
        return scheduleAt(checkedAdd(delayNanos, kind), Priority.NORMAL, kind, action);
    }

    public ScheduledEvent schedule(long delayNanos, Priority priority, EventKind kind, Runnable action) {
        return scheduleAt(checkedAdd(delayNanos, kind), priority, kind, action);
    }

    /** Schedules at an absolute time; a time in the past is an error, never silently reordered. */
    public ScheduledEvent scheduleAt(long timeNanos, Priority priority, EventKind kind, Runnable action) {
        if (sequence == MAX_SEQUENCE) {
            throw new IllegalStateException("event sequence exhausted");
        }
        return enqueue(timeNanos, priority, sequence++, kind, action);
    }

    /**
     * Reserves {@code count} places in the insertion order, as if that many events were scheduled now, and returns
     * the first; {@link #scheduleReserved} later puts one event in each. A driver that knows many events in advance
     * (a million arrivals) schedules each only as the one before it fires, in its reserved place: they fire exactly
     * as if all had been scheduled at once, and the queue stays small.
     */
    public long reserveOrder(int count) {
        if (count < 0 || MAX_SEQUENCE - sequence < count) {
            throw new IllegalArgumentException("cannot reserve " + count + " places in the event order");
        }
        long first = sequence;
        sequence += count;
        return first;
    }

    /**
     * Schedules at an absolute time in a place {@link #reserveOrder} reserved (each place used once): among events
     * at the same time and priority it fires where an event scheduled at the reservation would have.
     */
    public ScheduledEvent scheduleReserved(long timeNanos, Priority priority, long reservedPlace, EventKind kind,
                                           Runnable action) {
        if (reservedPlace < 0 || reservedPlace >= sequence) {
            throw new IllegalArgumentException("place " + reservedPlace + " in the event order was not reserved");
        }
        return enqueue(timeNanos, priority, reservedPlace, kind, action);
    }

    private ScheduledEvent enqueue(long timeNanos, Priority priority, long place, EventKind kind, Runnable action) {
        if (timeNanos < now) {
            throw new IllegalArgumentException("cannot schedule '" + kind + "' at " + SimTime.format(timeNanos)
                    + ": the clock is already at " + SimTime.format(now));
        }
        long order = ((long) priority.ordinal() << PRIORITY_SHIFT) | place;
        ScheduledEvent event = new ScheduledEvent(this, timeNanos, order, kind, action);
        queue.add(event);
        return event;
    }

    /** A completion that succeeds after {@code delayNanos}; costs exactly one event. */
    public Completion<Void> delay(long delayNanos, EventKind kind) {
        Completion<Void> done = completion();
        schedule(delayNanos, kind, () -> done.succeed(null));
        return done;
    }

    /** A new, pending completion bound to this simulation. */
    public <T> Completion<T> completion() {
        return new Completion<>(this);
    }

    /** Fires the next event; returns false when none is left. */
    public boolean step() {
        ScheduledEvent event = queue.poll();
        if (event == null) {
            return false;
        }
        advanceTo(event);
        eventsFired++;
        for (EventListener listener : listeners) {
            listener.onEvent(now, event.kind);
        }
        try {
            runDeferred(event.action);
        } catch (SimulationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SimulationException("event '" + event.kind + "' failed at " + SimTime.format(now) + ": "
                    + e.getMessage(), now, e);
        }
        checkUnobservedFailures();
        return true;
    }

    /** Fires every event up to and including {@code timeNanos}, then moves the clock there. */
    public void runUntil(long timeNanos) {
        if (timeNanos < now) {
            throw new IllegalArgumentException("cannot run back to " + SimTime.format(timeNanos));
        }
        stopRequested = false;
        while (!stopRequested) {
            ScheduledEvent next = queue.peek();
            if (next == null || next.time > timeNanos) {
                break;
            }
            step();
            pollStopCondition();
        }
        checkUnobservedFailures();
        if (!stopRequested && timeNanos > now) {
            now = timeNanos;
        }
    }

    /** Fires events until none is left or {@link #stop()} is called. */
    public void run() {
        stopRequested = false;
        while (!stopRequested && step()) {
            pollStopCondition();
        }
        checkUnobservedFailures();
    }

    /** Makes the current {@link #run()} or {@link #runUntil(long)} return after the event being fired. */
    public void stop() {
        stopRequested = true;
    }

    private void pollStopCondition() {
        if (--untilStopPoll == 0) {
            untilStopPoll = STOP_POLL_EVENTS;
            if (stopCondition.getAsBoolean()) {
                stopRequested = true;
            }
        }
    }

    boolean cancel(ScheduledEvent event) {
        return queue.remove(event);
    }

    /** Runs {@code callback} now if nothing is running, else after what is running; never recursively. */
    void runDeferred(Runnable callback) {
        runOrDefer(callback);
    }

    /** Tells the waiters of a completion that has just finished, now or after what is running. */
    void notifyDeferred(Completion<?> finished) {
        runOrDefer(finished);
    }

    private void runOrDefer(Object task) {
        if (draining) {
            deferred.add(task);
            return;
        }
        draining = true;
        try {
            execute(task);
            Object next;
            while ((next = deferred.poll()) != null) {
                execute(next);
            }
        } catch (RuntimeException | Error e) {
            deferred.clear();
            unobservedFailures.clear();
            throw e;
        } finally {
            draining = false;
        }
    }

    private static void execute(Object task) {
        if (task instanceof Completion<?> finished) {
            finished.notifyWaiters();
        } else {
            ((Runnable) task).run();
        }
    }

    void noteFailureWithoutObserver(Completion<?> completion) {
        unobservedFailures.add(completion);
    }

    /**
     * Failures are checked at event boundaries, not when they happen, so code at the same instant (or set-up code
     * before the run) can still attach a waiter, as in SimPy.
     */
    private void checkUnobservedFailures() {
        if (unobservedFailures.isEmpty()) {
            return;
        }
        List<Completion<?>> failures = new ArrayList<>(unobservedFailures);
        unobservedFailures.clear();
        for (Completion<?> failed : failures) {
            if (!failed.isObserved()) {
                Throwable cause = failed.failure();
                throw new SimulationException("a failure nobody waited for at " + SimTime.format(now) + ": "
                        + cause.getMessage(), now, cause);
            }
        }
    }

    private long checkedAdd(long delayNanos, EventKind kind) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("negative delay for '" + kind + "': " + delayNanos + " ns");
        }
        long time = now + delayNanos;
        if (time < now) {
            throw new IllegalArgumentException("delay for '" + kind + "' overflows the clock: " + delayNanos + " ns");
        }
        return time;
    }

    private void advanceTo(ScheduledEvent event) {
        if (event.time != instant) {
            instant = event.time;
            eventsAtInstant = 0;
        }
        now = event.time;
        if (++eventsAtInstant > limits.maxEventsAtOneInstant()) {
            queue.add(event);
            throw new SimulationException("more than " + limits.maxEventsAtOneInstant() + " events at "
                    + SimTime.format(now) + " without the clock moving (a zero-delay loop?); events waiting at this"
                    + " instant: " + kindsPendingNow(), now, null);
        }
    }

    private String kindsPendingNow() {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < queue.size(); i++) {
            ScheduledEvent e = queue.at(i);
            if (e.time == now) {
                counts.merge(e.kind.name(), 1, Integer::sum);
            }
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, n) -> text.append(text.length() == 0 ? "" : ", ").append('\'').append(kind)
                .append("' ×").append(n));
        return text.toString();
    }
}
