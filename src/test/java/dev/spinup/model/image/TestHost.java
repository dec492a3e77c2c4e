package dev.spinup.model.image;

import dev.spinup.engine.Completion;
import dev.spinup.engine.ProcessorSharing;
import dev.spinup.engine.Simulation;
import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;

/** A host's hardware as the image tests need it: cores capped at one per job, a disk, a NIC, a layer store. */
final class TestHost {

    final Simulation simulation;
    final ProcessorSharing cpu;
    final ProcessorSharing disk;
    final ProcessorSharing nic;
    final LayerCache cache;
    final ImagePuller puller;

    TestHost(Simulation simulation, String name, int cores, DataRate disk, DataRate nic, DataSize storage,
            Registry registry, PullerConfig config) {
        this.simulation = simulation;
        this.cpu = new ProcessorSharing(simulation, name + " cpu", cores, 1.0);
        this.disk = new ProcessorSharing(simulation, name + " disk", disk.bytesPerNano());
        this.nic = new ProcessorSharing(simulation, name + " nic", nic.bytesPerNano());
        this.cache = new LayerCache(simulation, storage);
        this.puller = new ImagePuller(simulation, name, cpu, this.disk, this.nic, registry, cache, config);
    }

    /** Runs the simulation to the end and returns the completion's value (a failure nobody awaited stops the run). */
    static <T> T runFor(Simulation simulation, Completion<T> completion) {
        simulation.run();
        return completion.value();
    }
}
