package dev.spinup.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Something that finishes at a simulated instant, with a value or a failure; others wait on it.
 *
 * <p>A delay, a resource grant, a job on a shared disk and a whole process are all completions, so a lifecycle is
 * a chain of them ({@link #then}). Callbacks run in registration order through the simulation's trampoline. A
 * failure propagates along chains; one that nobody waits for stops the run instead of vanishing.
 */
public final class Completion<T> {

    private static final byte PENDING = 0;
    private static final byte SUCCEEDED = 1;
    private static final byte FAILED = 2;

    private final Simulation simulation;
    private byte state = PENDING;
    private boolean observed;
    private T value;
    private Throwable failure;
    /** Null, one callback, or a list of them: most completions have exactly one waiter. */
    private Object callbacks;

    Completion(Simulation simulation) {
        this.simulation = simulation;
    }

    public boolean isDone() {
        return state != PENDING;
    }

    public boolean isSucceeded() {
        return state == SUCCEEDED;
    }

    public boolean isFailed() {
        return state == FAILED;
    }

    public T value() {
        if (state != SUCCEEDED) {
            throw new IllegalStateException(state == PENDING ? "not finished yet" : "failed: " + failure);
        }
        return value;
    }

    public Throwable failure() {
        if (state != FAILED) {
            throw new IllegalStateException("did not fail");
        }
        return failure;
    }

    public void succeed(T result) {
        finish(SUCCEEDED, result, null);
    }

    public void fail(Throwable cause) {
        finish(FAILED, null, Objects.requireNonNull(cause, "cause"));
    }

    /** Calls {@code callback} once this is done (at once, via the trampoline, if it already is). */
    public void whenDone(Consumer<? super Completion<T>> callback) {
        observed = true;
        if (state != PENDING) {
            simulation.runDeferred(() -> callback.accept(this));
            return;
        }
        if (callbacks == null) {
            callbacks = callback;
        } else if (callbacks instanceof CallbackList list) {
            list.add(callback);
        } else {
            CallbackList list = new CallbackList();
            list.add(callbacks);
            list.add(callback);
            callbacks = list;
        }
    }

    /** The next step, started when this one succeeds; a failure here skips it and fails the result. */
    public <R> Completion<R> then(Function<? super T, Completion<R>> next) {
        Completion<R> result = simulation.completion();
        whenDone(done -> {
            if (done.state == FAILED) {
                result.fail(done.failure);
                return;
            }
            Completion<R> step;
            try {
                step = next.apply(done.value);
            } catch (RuntimeException e) {
                result.fail(e);
                return;
            }
            step.whenDone(result::copyFrom);
        });
        return result;
    }

    public <R> Completion<R> map(Function<? super T, ? extends R> mapper) {
        Completion<R> result = simulation.completion();
        whenDone(done -> {
            if (done.state == FAILED) {
                result.fail(done.failure);
                return;
            }
            R mapped;
            try {
                mapped = mapper.apply(done.value);
            } catch (RuntimeException e) {
                result.fail(e);
                return;
            }
            result.succeed(mapped);
        });
        return result;
    }

    /** Succeeds when every part has succeeded; fails with the first part that fails. */
    public static Completion<Void> allOf(Simulation simulation, List<? extends Completion<?>> parts) {
        Completion<Void> all = simulation.completion();
        if (parts.isEmpty()) {
            all.succeed(null);
            return all;
        }
        int[] remaining = {parts.size()};
        for (Completion<?> part : parts) {
            part.whenDone(done -> {
                if (all.isDone()) {
                    return;
                }
                if (done.isFailed()) {
                    all.fail(done.failure());
                } else if (--remaining[0] == 0) {
                    all.succeed(null);
                }
            });
        }
        return all;
    }

    boolean isObserved() {
        return observed;
    }

    private void copyFrom(Completion<T> other) {
        if (other.state == FAILED) {
            fail(other.failure);
        } else {
            succeed(other.value);
        }
    }

    private void finish(byte outcome, T result, Throwable cause) {
        if (state != PENDING) {
            throw new IllegalStateException("already finished");
        }
        state = outcome;
        value = result;
        failure = cause;
        if (callbacks == null) {
            if (outcome == FAILED) {
                simulation.noteFailureWithoutObserver(this);
            }
            return;
        }
        simulation.notifyDeferred(this);
    }

    /**
     * Runs the callbacks registered before this finished, in registration order; called once, through the
     * simulation's trampoline. Callbacks registered after it finished were deferred on their own.
     */
    @SuppressWarnings("unchecked")
    void notifyWaiters() {
        Object waiting = callbacks;
        callbacks = null;
        if (waiting instanceof CallbackList list) {
            for (Object callback : list) {
                ((Consumer<Completion<T>>) callback).accept(this);
            }
        } else if (waiting != null) {
            ((Consumer<Completion<T>>) waiting).accept(this);
        }
    }

    /** Marks the multi-waiter case apart from a single callback that happens to be a list. */
    private static final class CallbackList extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;
    }
}
