package dev.spinup.model.host;

import dev.spinup.engine.random.RandomStream;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.model.DataRate;
import dev.spinup.model.VaryingQuantity;
import java.util.Objects;
import java.util.Optional;

/**
 * What of a host's hardware differs from host to host of its group, and which draws are this host's: host
 * {@code name-(k+1)} of group {@code name} draws from substream k of {@code host-disk-bandwidth/name},
 * {@code host-disk-iops/name} and {@code host-network/name}, so it is the same machine in every arm of a run.
 *
 * @param diskBandwidth in bytes per second
 * @param diskIops in operations per second
 * @param nic in bytes per second
 */
public record HostVariation(String group, int index, Optional<VaryingQuantity> diskBandwidth,
                            Optional<VaryingQuantity> diskIops, Optional<VaryingQuantity> nic) {

    /** A host whose hardware is fixed. */
    public static final HostVariation NONE = new HostVariation("", 0, Optional.empty(), Optional.empty(),
            Optional.empty());

    public static final String DISK_BANDWIDTH_STREAM = "host-disk-bandwidth";
    public static final String DISK_IOPS_STREAM = "host-disk-iops";
    public static final String NETWORK_STREAM = "host-network";

    public HostVariation {
        Objects.requireNonNull(group, "group");
        if (index < 0) {
            throw new IllegalArgumentException("a host's index in its group cannot be negative: " + index);
        }
        Objects.requireNonNull(diskBandwidth, "diskBandwidth");
        Objects.requireNonNull(diskIops, "diskIops");
        Objects.requireNonNull(nic, "nic");
    }

    /** Whether anything varies. */
    public boolean varies() {
        return diskBandwidth.isPresent() || diskIops.isPresent() || nic.isPresent();
    }

    /** The same variation for host {@code index} (0 for {@code group-1}) of {@code group}. */
    public HostVariation forHost(String groupName, int hostIndex) {
        return new HostVariation(groupName, hostIndex, diskBandwidth, diskIops, nic);
    }

    /** {@code nominal} with this host's draws in place of its nominal disk and network; nothing varies in it. */
    HostSpec drawn(HostSpec nominal, RandomStreams streams) {
        double bandwidth = diskBandwidth.map(q -> q.draw(stream(streams, DISK_BANDWIDTH_STREAM)))
                .orElse(nominal.disk().bandwidth().bytesPerSecond());
        double iops = diskIops.map(q -> q.draw(stream(streams, DISK_IOPS_STREAM))).orElse(nominal.disk().iops());
        double nicRate = nic.map(q -> q.draw(stream(streams, NETWORK_STREAM))).orElse(nominal.nic().bytesPerSecond());
        return nominal.withHardware(new DiskSpec(DataRate.ofBytesPerSecond(bandwidth), iops),
                DataRate.ofBytesPerSecond(nicRate));
    }

    private RandomStream stream(RandomStreams streams, String name) {
        return streams.stream(name + RandomStreams.SEPARATOR + group).substream(index);
    }
}
