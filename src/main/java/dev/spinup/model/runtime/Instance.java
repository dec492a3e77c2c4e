package dev.spinup.model.runtime;

import dev.spinup.engine.ProcessorSharing;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.MemoryComponent;
import dev.spinup.model.host.Refusal;
import dev.spinup.model.image.Image;
import dev.spinup.model.stack.StackSpec;
import dev.spinup.model.startup.PhaseRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One VM or container of the workload: its lifecycle, its phase timeline, and the memory it holds. */
public final class Instance {

    private final InstanceId id;
    private final int index;
    private final StackSpec stack;
    private final long requestedAt;
    /** When its launcher asked for it: earlier than {@link #requestedAt} when a {@link StartGate} held it back. */
    private long askedAt;
    /** Empty until a phase is kept: runs without detail keep none, and a storm has a million instances. */
    private List<PhaseRecord> phases = List.of();
    private final long[] memory = new long[MemoryComponent.values().length];
    private Host host;
    private InstanceState state = InstanceState.REQUESTED;
    private StartupPlan plan;
    private Image image;
    private boolean pinsImage;
    private long admittedAt = -1;
    private long readyAt = -1;
    private long endedAt = -1;
    private Refusal refusal;
    private String failure;
    private PhaseRun currentPhase;
    /** Until it is placed: what its placement decides on. */
    private PlacementRequest pending;
    /** Workload jobs running inside the instance; null until the first one. */
    private List<ProcessorSharing.Job> jobs;
    private List<Runnable> onReady = List.of();
    private List<Runnable> onEnd = List.of();

    Instance(InstanceId id, int index, StackSpec stack, long requestedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.index = index;
        this.stack = Objects.requireNonNull(stack, "stack");
        this.requestedAt = requestedAt;
        this.askedAt = requestedAt;
    }

    public InstanceId id() {
        return id;
    }

    /** Position in the workload, the same on every stack of a comparison (common random numbers key on it). */
    public int index() {
        return index;
    }

    public StackSpec stack() {
        return stack;
    }

    public InstanceState state() {
        return state;
    }

    public Optional<Host> host() {
        return Optional.ofNullable(host);
    }

    public long requestedAt() {
        return requestedAt;
    }

    /** When its launcher asked for it; before {@link #requestedAt} if it waited outside the hosts for its turn. */
    public long askedAt() {
        return askedAt;
    }

    /** How long it waited outside the hosts for a start slot ({@link StartGate}); not part of its start-up. */
    public long waitedOutsideNanos() {
        return requestedAt - askedAt;
    }

    void askedAt(long at) {
        if (at > requestedAt) {
            throw new IllegalArgumentException(id + " cannot be asked for after it was requested");
        }
        this.askedAt = at;
    }

    public long admittedAt() {
        return admittedAt;
    }

    /** When the app became ready, or -1 if it has not (yet). */
    public long readyAt() {
        return readyAt;
    }

    /** When it stopped, failed or was refused, or -1. */
    public long endedAt() {
        return endedAt;
    }

    /** Request-to-ready time, or -1 if it never became ready. */
    public long startupNanos() {
        return readyAt < 0 ? -1 : readyAt - requestedAt;
    }

    public List<PhaseRecord> phases() {
        return Collections.unmodifiableList(phases);
    }

    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** Memory this instance holds resident for one component. */
    public DataSize memory(MemoryComponent component) {
        return DataSize.ofBytes(memory[component.ordinal()]);
    }

    /** Everything it holds resident, net of pages merged with other instances. */
    public DataSize residentMemory() {
        long sum = 0;
        for (MemoryComponent c : MemoryComponent.values()) {
            sum += c == MemoryComponent.PAGE_SHARING_SAVINGS ? -memory[c.ordinal()] : memory[c.ordinal()];
        }
        return DataSize.ofBytes(Math.max(0, sum));
    }

    /** The image it was started from, for container stacks. */
    public Optional<Image> image() {
        return Optional.ofNullable(image);
    }

    boolean pinsImage() {
        return pinsImage;
    }

    void pinnedImage() {
        pinsImage = true;
    }

    StartupPlan plan() {
        return plan;
    }

    void pending(PlacementRequest request) {
        this.pending = request;
    }

    /** The request its placement answers; only while it waits for a host. */
    PlacementRequest pending() {
        if (pending == null) {
            throw new IllegalStateException(id + " is " + state + ": it has already been placed");
        }
        return pending;
    }

    void admitted(Host on, StartupPlan startupPlan, Image containerImage, long now) {
        this.host = on;
        this.plan = startupPlan;
        this.image = containerImage;
        this.admittedAt = now;
        this.state = InstanceState.STARTING;
    }

    void refused(Host on, Refusal why, long now) {
        this.host = on;
        this.refusal = why;
        this.endedAt = now;
        this.state = InstanceState.REFUSED;
        onEnd.forEach(Runnable::run);
    }

    void phaseRunning(PhaseRun run) {
        this.currentPhase = run;
    }

    void phaseDone(PhaseRecord record, boolean keep) {
        this.currentPhase = null;
        if (keep) {
            keep(record);
        }
    }

    private void keep(PhaseRecord record) {
        if (phases.isEmpty()) {
            phases = new ArrayList<>(10);
        }
        phases.add(record);
    }

    void ready(long now) {
        this.readyAt = now;
        this.state = InstanceState.RUNNING;
        onReady.forEach(Runnable::run);
    }

    /**
     * Runs {@code action} when the instance becomes ready, or at once if it already is running; never if it ends
     * without becoming ready. Node VMs start their containers this way; a workload submits its jobs this way.
     */
    public void whenReady(Runnable action) {
        if (state == InstanceState.RUNNING) {
            action.run();
            return;
        }
        onReady = append(onReady, action);
    }

    /** Runs {@code action} when the instance stops, fails or is refused (never if it already has). */
    public void whenEnded(Runnable action) {
        onEnd = append(onEnd, action);
    }

    private static List<Runnable> append(List<Runnable> list, Runnable action) {
        List<Runnable> copy = new ArrayList<>(list);
        copy.add(action);
        return copy;
    }

    void jobStarted(ProcessorSharing.Job job) {
        if (jobs == null) {
            jobs = new ArrayList<>(2);
        }
        jobs.add(job);
    }

    void jobEnded(ProcessorSharing.Job job) {
        if (jobs != null) {
            jobs.remove(job);
        }
    }

    void stopping() {
        this.state = InstanceState.STOPPING;
    }

    void ended(InstanceState finalState, String why, long now) {
        // The state changes first: cancelling the phase may call back at once, and must find the instance ended.
        this.state = finalState;
        this.failure = why;
        this.endedAt = now;
        if (currentPhase != null) {
            PhaseRun abandoned = currentPhase;
            currentPhase = null;
            abandoned.cancel(why == null ? "stopped" : why);
        }
        if (jobs != null) {
            List<ProcessorSharing.Job> abandoned = jobs;
            jobs = null;
            abandoned.forEach(job -> job.cancel(id + " ended while running a job"));
        }
        onEnd.forEach(Runnable::run);
    }

    /** Records a phase spent before the instance reached a host (waiting for its node VM). */
    void waitedBeforeAdmission(PhaseRecord record, boolean keep) {
        if (keep) {
            keep(record);
        }
    }

    long[] memoryParts() {
        return memory;
    }

    @Override
    public String toString() {
        return id + " (" + state + ")";
    }
}
