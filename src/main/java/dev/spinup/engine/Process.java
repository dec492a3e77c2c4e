package dev.spinup.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A lifecycle written as named steps run one after another, each waiting on time, resources or other processes.
 *
 * <p>A process is itself awaitable through {@link #completion()}. A failing step fails the process and skips the
 * rest; {@link #interrupt} fails it from outside (a host going down), and the step then running is abandoned.
 */
public final class Process {

    /** One step: a name (a boot phase, say) and the work that starts when the step begins. */
    public record Step(String name, Supplier<Completion<?>> body) {
        public Step {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(body, "body");
        }
    }

    /** Told when each step starts and ends, e.g. to record a phase timeline. */
    public interface Listener {
        void stepStarted(Process process, int index, Step step);

        void stepEnded(Process process, int index, Step step);
    }

    private static final Listener SILENT = new Listener() {
        @Override
        public void stepStarted(Process process, int index, Step step) {
        }

        @Override
        public void stepEnded(Process process, int index, Step step) {
        }
    };

    private final Simulation simulation;
    private final String name;
    private final List<Step> steps;
    private final Listener listener;
    private final Completion<Void> completion;
    private int current = -1;

    private Process(Simulation simulation, String name, List<Step> steps, Listener listener) {
        this.simulation = simulation;
        this.name = name;
        this.steps = List.copyOf(steps);
        this.listener = listener;
        this.completion = simulation.completion();
    }

    /** Starts the process now; its first step begins at the current instant. */
    public static Process start(Simulation simulation, String name, List<Step> steps, Listener listener) {
        Process process = new Process(simulation, name, steps, listener);
        simulation.runDeferred(() -> process.advance(0));
        return process;
    }

    public static Process start(Simulation simulation, String name, List<Step> steps) {
        return start(simulation, name, steps, SILENT);
    }

    public String name() {
        return name;
    }

    public Completion<Void> completion() {
        return completion;
    }

    /** The step now running, if the process is still going. */
    public Optional<Step> currentStep() {
        return completion.isDone() || current < 0 ? Optional.empty() : Optional.of(steps.get(current));
    }

    /** Fails the process now, abandoning the running step; does nothing if it already finished. */
    public void interrupt(Throwable cause) {
        if (!completion.isDone()) {
            completion.fail(cause);
        }
    }

    private void advance(int index) {
        if (completion.isDone()) {
            return;
        }
        if (index == steps.size()) {
            completion.succeed(null);
            return;
        }
        current = index;
        Step step = steps.get(index);
        listener.stepStarted(this, index, step);
        Completion<?> work;
        try {
            work = step.body().get();
        } catch (RuntimeException e) {
            completion.fail(e);
            return;
        }
        work.whenDone(done -> {
            if (completion.isDone()) {
                return;
            }
            if (done.isFailed()) {
                completion.fail(done.failure());
                return;
            }
            listener.stepEnded(this, index, step);
            advance(index + 1);
        });
    }

    @Override
    public String toString() {
        return "process '" + name + "'";
    }
}
