package dev.spinup.model.image;

import dev.spinup.engine.ProcessorSharing;
import dev.spinup.engine.Simulation;
import java.util.Objects;

/**
 * A running registry: its egress bandwidth is one processor-sharing link shared by every host that pulls from it,
 * so a hundred nodes pulling at once each get a hundredth.
 */
public final class Registry {

    private final RegistrySpec spec;
    private final ProcessorSharing egress;
    private long bytesSent;
    private long blobsSent;

    public Registry(Simulation simulation, RegistrySpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.egress = new ProcessorSharing(simulation, "registry " + spec.name() + " egress",
                spec.egressBandwidth().bytesPerNano(), spec.perDownload().bytesPerNano());
    }

    public RegistrySpec spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    /** The shared egress link, in bytes per nanosecond. */
    public ProcessorSharing egress() {
        return egress;
    }

    /** Starts sending a blob of {@code bytes} over the shared egress link. */
    public ProcessorSharing.Job send(long bytes) {
        ProcessorSharing.Job job = egress.submit(bytes);
        job.completion().whenDone(done -> {
            if (done.isSucceeded()) {
                bytesSent += bytes;
                blobsSent++;
            }
        });
        return job;
    }

    /** The exact size of every blob fully sent so far. */
    public long bytesSent() {
        return bytesSent;
    }

    /** Layer blobs fully sent so far. */
    public long blobsSent() {
        return blobsSent;
    }

    /**
     * Bytes the link has carried, including the part of downloads in progress; may exceed {@link #bytesSent()} by
     * less than a nanosecond's worth per blob, as the clock ticks in whole nanoseconds.
     */
    public double servedBytes() {
        return egress.servedWork();
    }

    @Override
    public String toString() {
        return "registry " + spec.name() + " (" + spec.egressBandwidth() + ")";
    }
}
