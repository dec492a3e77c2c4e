package dev.spinup.scenario;

import dev.spinup.model.host.AdmissionBasis;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.stack.StackSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stack the lesson compares, with the id the file uses to refer to it and, when the stack says so, what its
 * platform's admission counts (Kubernetes' scheduler counts requests, Docker on one host counts nothing and so packs
 * by use), which then holds on every host of its arm.
 */
public record StackChoice(String id, StackSpec spec, Optional<AdmissionBasis> admitBy) {

    public StackChoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(admitBy, "admitBy");
    }

    /** A stack that admits as its hosts do. */
    public StackChoice(String id, StackSpec spec) {
        this(id, spec, Optional.empty());
    }

    public String label() {
        return spec.label();
    }

    /** The same choice running another spec (a cloud VM given its root volume). */
    public StackChoice withSpec(StackSpec value) {
        return new StackChoice(id, value, admitBy);
    }

    /** The hosts as this stack's arm runs on them: the same hardware, admitting as the stack says if it says. */
    public List<HostSpec> hostsOf(List<HostSpec> hosts) {
        return admitBy.map(basis -> hosts.stream().map(h -> h.withAdmission(basis)).toList()).orElse(hosts);
    }
}
