package dev.spinup.model.profiles;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.host.DiskSpec;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.host.OvercommitPolicy;

/** Default hardware for lessons: one rack server, identical for every stack compared on it. */
public final class Hardware {

    /**
     * 16 cores, 64 GiB, an NVMe SSD (2 GB/s, 200 000 IOPS), 10 Gbit/s, 1 GiB for the host OS; vCPUs may be
     * overcommitted 4:1 so that memory, not vCPUs, is what fills the host in density lessons.
     */
    public static final Cited<HostSpec> CLASSROOM_HOST = Cited.of(new HostSpec("host-1", 16, DataSize.ofGiB(64),
            new DiskSpec(DataRate.ofMegabytesPerSecond(2000), 200_000), DataRate.ofGigabitsPerSecond(10),
            DataSize.ofGiB(1), 4.0, OvercommitPolicy.REFUSE, 1.5), Source.ESTIMATE_CLASSROOM_HOST);

    private Hardware() {
    }
}
