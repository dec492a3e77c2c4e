package dev.spinup.scenario;

import dev.spinup.model.host.HostSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code count} hosts named {@code prefix-1}, {@code prefix-2}, ...: identical, but for the disk and network figures
 * the spec lets each draw for itself ({@code prefix-k} from substream k − 1 of the group's streams).
 */
public record HostGroup(String prefix, int count, HostSpec spec) {

    public HostGroup {
        Objects.requireNonNull(prefix, "prefix");
        if (count < 1) {
            throw new IllegalArgumentException("a host group needs at least one host");
        }
        Objects.requireNonNull(spec, "spec");
    }

    public List<HostSpec> expand() {
        List<HostSpec> hosts = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            HostSpec host = spec.withName(prefix + "-" + i);
            hosts.add(spec.varies().varies() ? host.withVariation(spec.varies().forHost(prefix, i - 1)) : host);
        }
        return hosts;
    }
}
