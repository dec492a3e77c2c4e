package dev.spinup.scenario;

import dev.spinup.model.host.HostSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code count} identical hosts named {@code prefix-1}, {@code prefix-2}, ... */
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
            hosts.add(spec.withName(prefix + "-" + i));
        }
        return hosts;
    }
}
